// Per-unit panels for the pilot evaluation: unit → period → value, periods being integers
// (months as year·12 + month − 1, or survey years), only periods with a value present.

export type Series = ReadonlyMap<number, number>;
export type Panel = Map<string, Map<number, number>>;

export const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN);

/** The series' values at the periods it has, in the periods' order. */
export function valuesAt(series: Series | undefined, periods: readonly number[]): number[] {
	const out: number[] = [];
	if (!series) return out;
	for (const t of periods) {
		const v = series.get(t);
		if (v !== undefined) out.push(v);
	}
	return out;
}

/** Mean of the series over the periods it has (NaN with none). */
export const meanOver = (series: Series | undefined, periods: readonly number[]): number => mean(valuesAt(series, periods));

export function hasAll(series: Series | undefined, periods: readonly number[]): boolean {
	return !!series && periods.every((t) => series.has(t));
}

/** Integers from..to inclusive (empty when to < from). */
export const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
