// Periods offered by the dossier rankings: calendar years and half-years, named by an id that
// is safe to carry in the URL ('2024', '2025-H1'). The previous period is the one of the same
// length just before, so "change" compares like with like.
import type { DossierPeriod } from './rankings-dossier';
import { MERGER_DATE, type BoundaryMode } from './rankings-units';

export interface RankingPeriod extends DossierPeriod {
	id: string;
	kind: 'year' | 'half';
	year: number;
	half?: 1 | 2;
}

const PERIOD_ID = /^(\d{4})(?:-H([12]))?$/;

const pad = (n: number) => String(n).padStart(2, '0');

export function parsePeriodId(id: string): RankingPeriod | null {
	const match = PERIOD_ID.exec(id);
	if (!match) return null;
	const year = Number(match[1]);
	if (match[2] === undefined) return { id, kind: 'year', year, from: `${year}-01-01`, to: `${year}-12-01` };
	const half = match[2] === '1' ? 1 : 2;
	const first = half === 1 ? 1 : 7;
	return { id, kind: 'half', year, half, from: `${year}-${pad(first)}-01`, to: `${year}-${pad(first + 5)}-01` };
}

export function previousPeriod(period: RankingPeriod): RankingPeriod {
	if (period.kind === 'year') return parsePeriodId(String(period.year - 1)) as RankingPeriod;
	const id = period.half === 2 ? `${period.year}-H1` : `${period.year - 1}-H2`;
	return parsePeriodId(id) as RankingPeriod;
}

/**
 * The periods fully covered by the cube's months ('YYYY-MM' list), newest first, limited to
 * those valid in the boundary mode (63 units: ending before the merger).
 */
export function availablePeriods(months: readonly string[], mode: BoundaryMode): RankingPeriod[] {
	const have = new Set(months);
	const years = [...new Set(months.map((m) => Number(m.slice(0, 4))))].sort((a, b) => b - a);
	const periods: RankingPeriod[] = [];
	for (const year of years) {
		for (const id of [String(year), `${year}-H2`, `${year}-H1`]) {
			const period = parsePeriodId(id) as RankingPeriod;
			if (mode === '63' && period.to >= MERGER_DATE) continue;
			if (monthsOf(period).every((m) => have.has(m))) periods.push(period);
		}
	}
	return periods;
}

/** The 'YYYY-MM' months of a period. */
export function monthsOf(period: DossierPeriod): string[] {
	const months: string[] = [];
	let [year, month] = period.from.slice(0, 7).split('-').map(Number);
	const last = period.to.slice(0, 7);
	for (;;) {
		const id = `${year}-${pad(month)}`;
		months.push(id);
		if (id >= last) return months;
		month += 1;
		if (month > 12) [year, month] = [year + 1, 1];
	}
}
