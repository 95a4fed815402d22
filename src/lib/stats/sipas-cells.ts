/**
 * The survey_cube row as the SIPAS statistics read it, and the names of its cross-factor columns
 * (DATA-LAYOUT.md). The importer writes the columns with these names; the builders sum them.
 */
import type { PsuCell } from './proportion';

export const SIPAS_FACTORS = ['access', 'procedures', 'officials', 'results', 'feedback'] as const;
export type SipasFactor = (typeof SIPAS_FACTORS)[number];

/**
 * On the row of factor f, for every SIPAS factor g, over the respondents who validly answered
 * both f and g: Σw² (`w2_with_g`), Σw² of those rating f 4–5 (`w2_pos_with_g`), Σw² of those
 * rating both 4–5 (`w2_pos_pos_g`). With g = f they equal sum_w2, sum_w2_pos, sum_w2_pos.
 * They give Σ_i z_i² exactly for respondents without a PSU (each its own PSU), whose answers to
 * different factors the per-factor sums alone cannot link.
 */
export interface CrossSums {
	w2: number;
	w2_pos: number;
	w2_pos_pos: number;
}

const CROSS_PREFIX: Record<keyof CrossSums, string> = { w2: 'w2_with_', w2_pos: 'w2_pos_with_', w2_pos_pos: 'w2_pos_pos_' };

/** The cube column of one cross sum with factor g. */
export function crossColumn(measure: keyof CrossSums, g: SipasFactor): string {
	return CROSS_PREFIX[measure] + g;
}

/** Every cross column, in a fixed order (g, then measure). */
export const CROSS_COLUMNS: readonly { g: SipasFactor; measure: keyof CrossSums; column: string }[] = SIPAS_FACTORS.flatMap((g) =>
	(Object.keys(CROSS_PREFIX) as (keyof CrossSums)[]).map((measure) => ({ g, measure, column: crossColumn(measure, g) }))
);

/** One survey_cube row of ONE group (factor `overall` and unlisted factors are ignored). */
export interface SurveyCubeRow extends PsuCell {
	factor: string;
	/**
	 * Respondents of the cell × PSU, whatever they answered. The cube has a row for every factor of
	 * every cell × PSU, so each factor's rows give the same total. Omitted: n (hand-made rows).
	 */
	n_resp?: number;
	/** Cross sums with the other factors, by factor g (needed only for rows without a PSU). */
	cross?: Partial<Record<string, CrossSums>>;
}
