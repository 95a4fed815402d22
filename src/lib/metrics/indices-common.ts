// Shared by the published-index builders, the importer, the demo generator and the page.
import { MERGER_DATE } from '../reference/provinces';

/** The start of the `source` of every simulated (demo) row; the page marks such an index. */
export const SIMULATED_SOURCE = 'Simulated';

/** Whether a published index's source says it is simulated. */
export function isSimulatedSource(source: string | null | undefined): boolean {
	return typeof source === 'string' && source.startsWith(SIMULATED_SOURCE);
}

/** The first year counted in 34 units (an index of the merger's year is published for the 34). */
export const FIRST_34_UNIT_YEAR = Number(MERGER_DATE.slice(0, 4));
