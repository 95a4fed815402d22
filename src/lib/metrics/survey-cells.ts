// The survey_cube columns every SIPAS interval needs, shared by the overview and the rankings so
// that both give the same interval from the same rows: the design stratum, the sums per
// (group, factor, stratum, PSU), and the conversion of a result row into a stats cell.
import type { Row } from './query';
import { CROSS_COLUMNS, type CrossSums, type SurveyCubeRow } from '../stats/sipas-cells';

const MEASURES = ['n', 'n_pos', 'sum_w', 'sum_w2', 'sum_w_pos', 'sum_w2_pos', 'n_resp'] as const;

function prefix(alias: string): string {
	if (alias !== '' && !/^[a-z_]+$/.test(alias)) throw new Error(`Invalid alias: ${alias}`);
	return alias === '' ? '' : `${alias}.`;
}

/**
 * The stratum of a response: the province it was drawn in, in the boundaries in force at the
 * survey (63-unit code before the merger, 34-unit code from 2025, where province_63 is NULL).
 * The prefix keeps a 63-unit and a 34-unit province with the same code apart.
 */
export function surveyStratumSql(alias = ''): string {
	const a = prefix(alias);
	return `CASE WHEN ${a}province_63 IS NULL THEN '34:' || ${a}province_34 ELSE '63:' || ${a}province_63 END`;
}

/** SUM of every measure the SIPAS interval reads, each `AS` its cube name. */
export function surveySumsSql(alias = ''): string {
	const a = prefix(alias);
	return [...MEASURES, ...CROSS_COLUMNS.map((c) => c.column)].map((m) => `SUM(${a}${m})::DOUBLE AS ${m}`).join(',\n  ');
}

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function crossSums(row: Row): Record<string, CrossSums> {
	const cross: Record<string, CrossSums> = {};
	for (const { g, measure, column } of CROSS_COLUMNS) {
		const sums = (cross[g] ??= { w2: 0, w2_pos: 0, w2_pos_pos: 0 });
		sums[measure] = num(row[column]);
	}
	return cross;
}

/**
 * A result row as a stats cell. Only rows without a PSU read their cross sums
 * (sipas-variance.ts), so the fifteen columns are read on first use, not for every row; a class
 * getter keeps every cell a plain fast object (a getter in an object literal does not).
 */
class SurveyCell implements SurveyCubeRow {
	readonly factor: string;
	readonly psu: string | null;
	readonly stratum: string | null;
	readonly n: number;
	readonly n_pos: number;
	readonly sum_w: number;
	readonly sum_w2: number;
	readonly sum_w_pos: number;
	readonly sum_w2_pos: number;
	readonly n_resp: number | undefined;
	private readonly row: Row;
	private crossSums: Record<string, CrossSums> | undefined = undefined;

	constructor(row: Row) {
		this.row = row;
		this.factor = String(row.factor);
		this.psu = text(row.psu);
		this.stratum = text(row.stratum);
		this.n = num(row.n);
		this.n_pos = num(row.n_pos);
		this.sum_w = num(row.sum_w);
		this.sum_w2 = num(row.sum_w2);
		this.sum_w_pos = num(row.sum_w_pos);
		this.sum_w2_pos = num(row.sum_w2_pos);
		this.n_resp = row.n_resp === null || row.n_resp === undefined ? undefined : Number(row.n_resp);
	}

	get cross(): Record<string, CrossSums> {
		return (this.crossSums ??= crossSums(this.row));
	}
}

/** One result row (factor, stratum, psu and the sums above) as sipasIndex reads it. */
export function toSurveyCell(row: Row): SurveyCubeRow {
	return new SurveyCell(row);
}
