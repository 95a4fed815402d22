// SQL that generates the demo SIPAS survey (2023 and 2024 on 63-unit codes, 2025 on 34-unit
// codes) in DuckDB, with the same hash-based draws as the dossiers (`u(i, k)`, other k).
// Province indices are spread around the national target and re-centred so the
// population-weighted national index lands on it.

import type { DuckDBConnection } from '@duckdb/node-api';
import {
	SIPAS_NATIONAL_TARGET,
	SIPAS_PROVINCE_SPREAD,
	SIPAS_RESPONSES_PER_YEAR,
	SIPAS_THIN_ORG_PROVINCES
} from '../../src/lib/reference/demo-effects';
import { PROVINCES_34, PROVINCES_63 } from '../../src/lib/reference/provinces';
import { literal } from '../../src/lib/import/sql-text';
import { PROVINCE_VOLUME, SECTORS } from './profiles';
import { hashUnit } from './tables';

export const SURVEY_YEARS = [2023, 2024, 2025] as const;

/** Offsets of each factor's index from the province's SIPAS index (they sum to 0). */
const FACTOR_OFFSETS = { access: 0.025, procedures: -0.01, officials: 0.015, results: 0, feedback: -0.03 } as const;
const FACTOR_NAMES = Object.keys(FACTOR_OFFSETS) as (keyof typeof FACTOR_OFFSETS)[];

/** One row per (year, unit): sample size, population weight, target index. */
export async function createSurveyUnits(connection: DuckDBConnection, seed: number): Promise<void> {
	const rows: string[] = [];
	for (const year of SURVEY_YEARS) {
		const units =
			year < 2025
				? PROVINCES_63.map((p) => ({ code: p.code, pop: PROVINCE_VOLUME[p.code] ?? 1 }))
				: PROVINCES_34.map((p) => ({
						code: p.code,
						pop: PROVINCES_63.filter((x) => x.merged_into_2025 === p.code).reduce((s, x) => s + (PROVINCE_VOLUME[x.code] ?? 1), 0)
					}));
		const perUnit = SIPAS_RESPONSES_PER_YEAR / units.length;
		// A province keeps most of its standing from year to year: one lasting draw, one yearly.
		const devs = units.map((u) => {
			const lasting = hashUnit(`sipas:${u.code}`, seed) * 2 - 1;
			const yearly = hashUnit(`sipas:${year}:${u.code}`, seed) * 2 - 1;
			return SIPAS_PROVINCE_SPREAD * (0.8 * lasting + 0.2 * yearly);
		});
		const popTotal = units.reduce((s, u) => s + u.pop, 0);
		const meanDev = units.reduce((s, u, i) => s + u.pop * devs[i], 0) / popTotal;
		units.forEach((u, i) => {
			const n = Math.round(perUnit * (0.85 + 0.3 * hashUnit(`n:${year}:${u.code}`, seed)));
			const orgShare = SIPAS_THIN_ORG_PROVINCES.includes(u.code) ? 0.02 : 0.12;
			const p = SIPAS_NATIONAL_TARGET[year] + devs[i] - meanDev;
			rows.push(`(${year}, ${literal(u.code)}, ${n}, ${u.pop}, ${orgShare}, ${p})`);
		});
	}
	await connection.run(
		`CREATE OR REPLACE TABLE survey_units (survey_year INTEGER, code VARCHAR, n INTEGER, pop DOUBLE, org_share DOUBLE, p DOUBLE)`
	);
	await connection.run(`INSERT INTO survey_units VALUES ${rows.join(',\n')}`);
}

/** A rating 1–5: 4 or 5 when positive, else 1–3; a few answers missing or out of range. */
function ratingSql(factor: string, k: number, missing: number): string {
	const off = factor === 'overall' ? 0 : FACTOR_OFFSETS[factor as keyof typeof FACTOR_OFFSETS];
	const prob = `least(0.99, greatest(0.01, p + ${off} + psu_eff + resp_eff + type_eff))`;
	return `CASE WHEN u(r, ${k}) < ${missing} THEN NULL
		WHEN u(r, ${k}) < ${missing + 0.001} THEN ([0, 6, 9])[1 + floor(u(r, ${k + 1}) * 3)::INTEGER]
		WHEN u(r, ${k + 1}) < ${prob} THEN CASE WHEN u(r, ${k + 2}) < 0.35 THEN 5 ELSE 4 END
		ELSE CASE WHEN u(r, ${k + 2}) < 0.6 THEN 3 WHEN u(r, ${k + 2}) < 0.88 THEN 2 ELSE 1 END END::TINYINT`;
}

export function rawSurveySql(): string {
	const sectors = `[${SECTORS.map((s) => literal(s.name)).join(', ')}]`;
	const ratings = [
		...FACTOR_NAMES.map((f, j) => `${ratingSql(f, 200 + 10 * j, f === 'feedback' ? 0.15 : 0.03)} AS ${f}`),
		`${ratingSql('overall', 260, 0.02)} AS overall`
	].join(',\n\t');
	return `
CREATE OR REPLACE TABLE raw_survey AS
WITH units AS (
	SELECT *, sum(n) OVER (ORDER BY survey_year, code ROWS UNBOUNDED PRECEDING) - n AS first_r FROM survey_units
), resp AS (
	-- r: a global respondent number, distinct from the dossiers' row numbers by a large offset.
	SELECT s.*, 1000000000000 + s.first_r + t.j AS r, t.j AS j
	FROM units s, LATERAL (SELECT unnest(range(s.n)) AS j) t
) , d0 AS (
	SELECT resp.*,
		CASE WHEN u(r, 101) < org_share THEN 'organization' ELSE 'citizen' END AS respondent_type,
		1 + floor(u(r, 102) * 20)::INTEGER AS psu_no
	FROM resp
), d AS (
	SELECT d0.*,
		-- Cluster effect: the same for every respondent of one PSU (commune) in a year.
		0.04 * sqrt(-2 * ln(greatest(u(survey_year * 10000 + code::INTEGER * 100 + psu_no, 120), 1e-12)))
			* cos(2 * pi() * u(survey_year * 10000 + code::INTEGER * 100 + psu_no, 121)) AS psu_eff,
		0.06 * sqrt(-2 * ln(greatest(u(r, 103), 1e-12))) * cos(2 * pi() * u(r, 104)) AS resp_eff
	FROM d0
), e AS (
	SELECT d.*, CASE WHEN respondent_type = 'organization' THEN -0.02 ELSE 0.0 END AS type_eff FROM d
)
SELECT
	printf('SIPAS%d-%s-%05d', survey_year, code, j + 1) AS response_id,
	survey_year::SMALLINT AS survey_year,
	code AS province_code,
	respondent_type,
	CASE WHEN u(r, 105) < 0.05 THEN NULL ELSE (${sectors})[1 + floor(u(r, 106) * ${SECTORS.length})::INTEGER] END AS sector,
	CASE WHEN u(r, 107) < 0.0004 THEN 0.0
		WHEN u(r, 107) < 0.0006 THEN -1.0
		ELSE round(pop * 1000.0 / n * CASE WHEN respondent_type = 'organization' THEN 0.3 ELSE 1.0 END * (0.6 + 0.8 * u(r, 108)), 3) END AS weight,
	printf('%s-X%03d', code, psu_no) AS psu,
	${ratings},
	CASE WHEN u(r, 109) < 0.02 THEN NULL WHEN u(r, 110) < 0.52 THEN 'female' ELSE 'male' END AS gender,
	CASE WHEN u(r, 111) < 0.03 THEN NULL ELSE (['18-29', '30-44', '45-59', '60+'])[1 + floor(u(r, 112) * 4)::INTEGER] END AS age_group,
	CASE WHEN u(r, 113) < 0.02 THEN NULL WHEN u(r, 114) < 0.38 THEN 'urban' ELSE 'rural' END AS area
FROM e`;
}
