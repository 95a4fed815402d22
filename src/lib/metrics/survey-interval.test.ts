// The SIPAS interval end to end: respondents → the importer's survey_cube SQL → the overview and
// rankings builders → sipasIndex, against a design-based variance computed here directly from
// the respondents (per-respondent linearisation, no cube, no stats module).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDb, type NativeDb } from '../server/native-db';
import { surveyCubeSql } from '../import/cubes';
import { buildOverviewSurveyQuery } from './overview';
import { sipasByYear } from './overview-sipas';
import { buildSurveyRankingQuery } from './rankings-survey';
import { surveyRanking } from './rankings-survey-rows';
import { toSurveyCell } from './survey-cells';
import type { Row } from './query';
import type { UnitInfo } from './rankings-rows-common';
import { sipasIndex } from '../stats/sipas-index';

const FACTORS = ['access', 'procedures', 'officials', 'results', 'feedback'] as const;
type Rating = number | null;

interface Respondent {
	p63: string;
	type: 'citizen' | 'organization';
	w: number;
	psu: string;
	/** access, procedures, officials, results, feedback (7: out of range, i.e. not answered). */
	r: Rating[];
}

// 14 respondents, 2 strata (63-unit Bắc Giang 24 and Bắc Ninh 27, both in the 34-unit Bắc Ninh
// 24), 5 PSUs, missing and invalid answers, and one respondent (the last) with no factor answered.
const RESPONDENTS: Respondent[] = [
	{ p63: '24', type: 'citizen', w: 1.0, psu: 'P1', r: [5, 4, 3, 5, null] },
	{ p63: '24', type: 'organization', w: 0.5, psu: 'P1', r: [4, 2, 4, 4, 5] },
	{ p63: '24', type: 'citizen', w: 2.0, psu: 'P1', r: [2, 3, 5, 1, 2] },
	{ p63: '24', type: 'citizen', w: 1.5, psu: 'P2', r: [5, 5, 5, 4, 4] },
	{ p63: '24', type: 'citizen', w: 1.0, psu: 'P2', r: [3, null, 4, 2, 1] },
	{ p63: '24', type: 'organization', w: 3.0, psu: 'P2', r: [4, 4, 2, 5, 7] },
	{ p63: '24', type: 'citizen', w: 0.8, psu: 'P3', r: [1, 2, 2, 3, null] },
	{ p63: '24', type: 'citizen', w: 1.2, psu: 'P3', r: [5, 4, 4, 4, 5] },
	{ p63: '27', type: 'citizen', w: 2.5, psu: 'Q1', r: [4, 5, 3, 4, 4] },
	{ p63: '27', type: 'citizen', w: 1.0, psu: 'Q1', r: [null, 3, 4, 5, 2] },
	{ p63: '27', type: 'citizen', w: 0.7, psu: 'Q2', r: [5, 5, 5, 5, 5] },
	{ p63: '27', type: 'organization', w: 1.8, psu: 'Q2', r: [2, 4, 1, 3, 4] },
	{ p63: '27', type: 'organization', w: 1.1, psu: 'Q2', r: [3, 3, null, null, null] },
	{ p63: '27', type: 'citizen', w: 0.9, psu: 'Q1', r: [null, null, null, null, null] }
];

const valid = (v: Rating): v is number => v !== null && [1, 2, 3, 4, 5].includes(v);

/**
 * The design-based variance of the index, straight from the respondents: z_i = Σ_k [i answered
 * k] w_i (y_ik − R_k) / (K W_k); PSU totals z_h; var = Σ_strata m/(m − 1) Σ_h (z_h − z̄)² over the
 * stratum's PSUs (without PSUs: its respondents). Also Kish n_eff per factor.
 */
function direct(respondents: readonly Respondent[], withPsu: boolean) {
	const K = FACTORS.length;
	const W = FACTORS.map((_, k) => respondents.reduce((s, x) => s + (valid(x.r[k]) ? x.w : 0), 0));
	const W2 = FACTORS.map((_, k) => respondents.reduce((s, x) => s + (valid(x.r[k]) ? x.w * x.w : 0), 0));
	const R = FACTORS.map((_, k) => respondents.reduce((s, x) => s + (valid(x.r[k]) && (x.r[k] as number) >= 4 ? x.w : 0), 0) / W[k]);
	const index = R.reduce((a, b) => a + b, 0) / K;
	const strata = new Map<string, Map<string, number>>();
	const zs = new Map<number, number>();
	respondents.forEach((x, i) => {
		let z = 0;
		FACTORS.forEach((_, k) => {
			if (valid(x.r[k])) z += (x.w * (((x.r[k] as number) >= 4 ? 1 : 0) - R[k])) / (K * W[k]);
		});
		zs.set(i, z);
		const units = strata.get(x.p63) ?? new Map<string, number>();
		const unit = withPsu ? x.psu : `r${i}`;
		units.set(unit, (units.get(unit) ?? 0) + z);
		strata.set(x.p63, units);
	});
	let variance = 0;
	let df = 0;
	for (const [stratum, psus] of strata) {
		// A stratum with one PSU shows no between-PSU variation: its respondents are the units.
		const lonely = withPsu && psus.size === 1;
		const units = lonely ? new Map([...zs.entries()].filter(([i]) => respondents[i].p63 === stratum)) : psus;
		const z = [...units.values()];
		const m = z.length;
		if (m < 2) continue;
		const mean = z.reduce((a, b) => a + b, 0) / m;
		variance += (m / (m - 1)) * z.reduce((s, v) => s + (v - mean) ** 2, 0);
		df += m - 1;
	}
	const capN = K * Math.min(...W.map((w, k) => (w * w) / W2[k]));
	return { index, variance, df: withPsu ? df : Infinity, capN };
}

/** Wilson on n = min(I(1 − I)/var, cap) with critical value c, written out here. */
function wilson(p: number, variance: number, capN: number, c: number): [number, number] {
	const n = Math.min((p * (1 - p)) / variance, capN);
	const c2n = (c * c) / n;
	const centre = (p + c2n / 2) / (1 + c2n);
	const half = (c / (1 + c2n)) * Math.sqrt((p * (1 - p)) / n + c2n / (4 * n));
	return [centre - half, centre + half];
}
const Z = 1.959963984540054;
const T3 = 3.182446305284263; // t₀.₉₇₅ on 5 PSUs − 2 strata = 3 degrees of freedom (scipy)

async function openCube(respondents: readonly Respondent[], withPsu: boolean): Promise<NativeDb> {
	const db = await openNativeDb({});
	const q = (v: Rating) => (v === null ? 'NULL' : String(v));
	const values = respondents.map(
		(x) => `(2024, '${x.p63}', '24', '${x.type}', ${withPsu ? `'${x.psu}'` : 'NULL'}, ${x.w}, ${x.r.map(q).join(', ')}, 4)`
	);
	await db.connection.run(`CREATE TABLE survey_kept AS SELECT survey_year::SMALLINT AS survey_year, province_63, province_34,
		respondent_type, psu, weight::DOUBLE AS weight, access::DOUBLE AS access, procedures::DOUBLE AS procedures,
		officials::DOUBLE AS officials, results::DOUBLE AS results, feedback::DOUBLE AS feedback, overall::DOUBLE AS overall
		FROM (VALUES ${values.join(', ')})
		t(survey_year, province_63, province_34, respondent_type, psu, weight, access, procedures, officials, results, feedback, overall)`);
	await db.connection.run(surveyCubeSql());
	return db;
}

/** The index of one group from builder rows, through the conversion both views use. */
function fromRows(rows: readonly Row[]) {
	const result = sipasIndex(rows.map(toSurveyCell), { minResponses: 0 });
	if (result.suppressed) throw new Error('unexpected suppression');
	return result;
}

const rankingRows = async (db: NativeDb, mode: '34' | '63') => db.run(buildSurveyRankingQuery({ year: 2024, respondents: 'all', mode }));

describe.each([
	{ withPsu: true, critical: T3, label: 'with PSUs (t on 3 df)' },
	{ withPsu: false, critical: Z, label: 'without PSUs: each respondent its own PSU (z)' }
])('SIPAS interval $label', ({ withPsu, critical }) => {
	let db: NativeDb;
	beforeAll(async () => {
		db = await openCube(RESPONDENTS, withPsu);
	});
	afterAll(() => db?.close());

	function expectMatches(result: ReturnType<typeof fromRows>, respondents: readonly Respondent[], c = critical) {
		const want = direct(respondents, withPsu);
		expect(result.estimate).toBeCloseTo(want.index, 12);
		expect(Math.abs(result.variance - want.variance)).toBeLessThan(1e-9 * want.variance);
		expect(result.df).toBe(want.df);
		const [lower, upper] = wilson(want.index, want.variance, want.capN, c);
		expect(result.lower).toBeCloseTo(lower, 9);
		expect(result.upper).toBeCloseTo(upper, 9);
	}

	it('national (overview rows): strata are the 63-unit provinces, not the 34-unit one', async () => {
		const rows = await db.run(buildOverviewSurveyQuery(2024, '34', 'all'));
		expect(new Set(rows.map((r) => r.stratum))).toEqual(new Set(['63:24', '63:27']));
		expectMatches(fromRows(rows), RESPONDENTS);
	});

	it('national and 34-unit province (rankings rows) give the same', async () => {
		const rows = await rankingRows(db, '34');
		// The nation: every unit's rows (as surveyEstimates takes them); here the one unit's.
		expectMatches(fromRows(rows), RESPONDENTS);
		expectMatches(fromRows(rows.filter((r) => r.unit === '24')), RESPONDENTS);
	});

	it('organisations only: Bắc Ninh 27 has one PSU with organisations, so its respondents are the units', async () => {
		const rows = await db.run(buildSurveyRankingQuery({ year: 2024, respondents: 'organization', mode: '34' }));
		const orgs = RESPONDENTS.filter((x) => x.type === 'organization');
		const want = direct(orgs, withPsu);
		// With PSUs: 24 has P1, P2 (1 df); 27 has Q2 alone with two respondents (1 df): t on 2 df.
		expect(want.df).toBe(withPsu ? 2 : Infinity);
		expectMatches(fromRows(rows), orgs, withPsu ? 4.302652729696142 : Z);
	});

	it('each 63-unit province alone (one stratum), and both together as the nation', async () => {
		const rows = await rankingRows(db, '63');
		// Together the two provinces' rows are the nation, with the same strata.
		expectMatches(fromRows(rows), RESPONDENTS);
		for (const code of ['24', '27']) {
			const own = RESPONDENTS.filter((x) => x.p63 === code);
			const want = direct(own, withPsu);
			// 24: 3 PSUs − 1 stratum = 2 df (t₀.₉₇₅ = 4.302653); 27: 2 PSUs − 1 = 1 df (12.706205).
			const c = withPsu ? (code === '24' ? 4.302652729696142 : 12.706204736174707) : Z;
			expect(want.df).toBe(withPsu ? (code === '24' ? 2 : 1) : Infinity);
			expectMatches(fromRows(rows.filter((r) => r.unit === code)), own, c);
		}
	});
});

describe('overview and rankings give the identical national interval', () => {
	// Four copies of every respondent (same PSUs), so that no factor has fewer than 30 answers.
	const many = [1, 2, 3, 4].flatMap(() => RESPONDENTS);
	const units: UnitInfo[] = [{ code: '24', name_vi: 'Bắc Ninh', name_en: 'Bac Ninh', kind: 'province', region: 'r', is_pilot: false }];
	for (const withPsu of [true, false]) {
		it(withPsu ? 'with PSUs' : 'without PSUs', async () => {
			const db = await openCube(many, withPsu);
			try {
				const [overview] = sipasByYear(await db.run(buildOverviewSurveyQuery(2024, '34', 'all')));
				const ranking = surveyRanking(units, await rankingRows(db, '34'), [], 'sipas');
				expect(overview.suppressed).toBe(false);
				expect([ranking.national.value, ranking.national.lower, ranking.national.upper]).toEqual([
					overview.estimate,
					overview.lower,
					overview.upper
				]);
				const want = direct(many, withPsu);
				expect(overview.estimate).toBeCloseTo(want.index, 12);
				const [lower, upper] = wilson(want.index, want.variance, want.capN, withPsu ? T3 : Z);
				expect(overview.lower).toBeCloseTo(lower, 9);
				expect(overview.upper).toBeCloseTo(upper, 9);
			} finally {
				db.close();
			}
		});
	}
});
