// SQL that generates the demo dossiers inside DuckDB. Every random draw is a hash of
// (row number, draw number, seed), so the same seed gives the same rows on any machine and any
// thread count. The latent table `lat` keeps what an export does not show (the 63-unit province
// after the merger, the counterfactual finish date without the pilot); `raw_dossiers` has the
// contract's columns, with a small share of deliberately bad rows.

import {
	BAD_ROW_KINDS,
	BAD_ROW_SHARE,
	MERGER_DISRUPTION_MONTHS,
	MERGER_DISRUPTION_WD,
	NATIONAL_TREND_WD_PER_MONTH,
	ONLINE_SHARE,
	PILOT_EFFECT_PERSISTS_AFTER_END,
	PILOT_EFFECT_WD,
	PILOT_RAMP_DAYS,
	POSTAL_SHARE,
	PRE_TET_DELAY_WD,
	SEASONAL_AMPLITUDE_WD,
	SEASONAL_PEAK_DAY,
	STALL_EXTRA_WD,
	STALL_SHARE
} from '../../src/lib/reference/demo-effects';
import { MERGER_DATE } from '../../src/lib/reference/provinces';
import { dateLiteral, literal } from '../../src/lib/import/sql-text';
import { DEMO_FROM, DEMO_TO } from './tables';

/** Resolution of the lookup grids that turn a uniform draw into a day, province or sector. */
export const GRID = { days: 200_000, prov: 20_000, sector: 2_000 } as const;

/**
 * Lookup tables: grid cell g → the item whose cumulative share contains (g + 0.5) / size. A hash
 * join on an integer is much faster than an ASOF join on 1M rows.
 */
export function gridTablesSql(): string[] {
	return (
		[
			['days_grid', 'days', GRID.days],
			['prov_grid', 'prov', GRID.prov],
			['sector_grid', 'sector', GRID.sector]
		] as const
	).map(
		([grid, table, size]) => `CREATE OR REPLACE TABLE ${grid} AS
		SELECT r.g::INTEGER AS g, t.* EXCLUDE (cum_lo)
		FROM (SELECT g, (g + 0.5) / ${size} AS x FROM range(${size}) r(g)) r ASOF JOIN ${table} t ON r.x >= t.cum_lo`
	);
}

/** `u(i, k)`: the k-th uniform draw in [0, 1) for row i. */
export function randomMacroSql(seed: number): string {
	if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`The seed must be a non-negative integer, got ${seed}`);
	return `CREATE OR REPLACE MACRO u(i, k) AS (hash(i, k, ${seed}::BIGINT) % 4294967296)::DOUBLE / 4294967296.0`;
}

/** Months since the start of the demo period (continuous). */
const MONTHS = `(recv_date - ${dateLiteral(DEMO_FROM)}) / 30.4375`;
const MERGER = dateLiteral(MERGER_DATE);
const SPAN_MONTHS = 36;

export function latentDossiersSql(rows: number, exportDate: string): string {
	if (!Number.isSafeInteger(rows) || rows < 1) throw new Error(`--rows must be a positive integer, got ${rows}`);
	const exp = dateLiteral(exportDate);
	const kinds = `[${BAD_ROW_KINDS.map(literal).join(', ')}]`;
	return `
CREATE OR REPLACE TABLE lat AS
WITH b AS (
	SELECT i,
		floor(u(i, 1) * ${GRID.days})::INTEGER AS g_day,
		floor(u(i, 2) * ${GRID.prov})::INTEGER AS g_prov,
		floor(u(i, 3) * ${GRID.sector})::INTEGER AS g_sec
	FROM range(${rows}) t(i)
), j AS (
	SELECT b.i, dy.day AS recv_date, dy.working AS recv_working, dy.pre_tet,
		p.code63, p.code34, p.offset_wd, p.online_leader, p.pilot_start, p.pilot_end,
		s.sector_id, s.deadline_wd, s.median_wd, s.sigma, s.no_due_share, s.supplement_share,
		s.lvl_province, s.lvl_district, s.online_affinity
	FROM b
	JOIN days_grid dy ON dy.g = b.g_day
	JOIN prov_grid p ON p.g = b.g_prov
	JOIN sector_grid s ON s.g = b.g_sec
), k AS (
	SELECT j.*,
		recv_date >= ${MERGER} AS after_merger,
		${MONTHS} AS m,
		least(0.95, greatest(0.02, ${ONLINE_SHARE.start} + ${ONLINE_SHARE.end - ONLINE_SHARE.start} * ${MONTHS} / ${SPAN_MONTHS}
			+ CASE WHEN online_leader THEN ${ONLINE_SHARE.bigCityBonus} ELSE 0 END + online_affinity)) AS online_p,
		sqrt(-2 * ln(greatest(u(i, 8), 1e-12))) * cos(2 * pi() * u(i, 9)) AS z,
		CASE WHEN u(i, 10) < ${STALL_SHARE} THEN ${STALL_EXTRA_WD.min} + u(i, 11) * ${STALL_EXTRA_WD.max - STALL_EXTRA_WD.min} ELSE 0 END AS stall_wd,
		CASE WHEN recv_date >= ${MERGER}
			THEN ${MERGER_DISRUPTION_WD} * greatest(0, 1 - (recv_date - ${MERGER}) / 30.4375 / ${MERGER_DISRUPTION_MONTHS}) ELSE 0 END AS merger_wd,
		CASE WHEN pilot_start IS NOT NULL AND recv_date >= pilot_start ${PILOT_EFFECT_PERSISTS_AFTER_END ? '' : 'AND recv_date <= pilot_end'}
			THEN least(1.0, (recv_date - pilot_start + 1) / ${PILOT_RAMP_DAYS}.0) ELSE 0 END AS ramp,
		CASE WHEN u(i, 12) < supplement_share THEN 1 + floor(u(i, 13) * 10)::INTEGER ELSE 0 END AS supp,
		u(i, 15) AS outcome,
		deadline_wd IS NOT NULL AND u(i, 17) >= no_due_share AS has_due,
		CASE WHEN u(i, 50) < ${BAD_ROW_SHARE} THEN (${kinds})[1 + floor(u(i, 51) * ${BAD_ROW_KINDS.length})::INTEGER] END AS bad_kind
	FROM j
), x AS (
	SELECT k.*,
		median_wd * exp(sigma * z) + offset_wd + (${NATIONAL_TREND_WD_PER_MONTH}) * m
			+ ${SEASONAL_AMPLITUDE_WD} * cos(2 * pi() * (dayofyear(recv_date) - ${SEASONAL_PEAK_DAY}) / 365.25)
			+ CASE WHEN pre_tet THEN ${PRE_TET_DELAY_WD} ELSE 0 END + merger_wd + stall_wd AS x_cf
	FROM k
), d AS (
	SELECT x.*,
		greatest(0, round(x_cf))::INTEGER AS d_cf,
		greatest(0, round(x_cf + (${PILOT_EFFECT_WD}) * ramp))::INTEGER AS d_act,
		outcome < 0.015 AS withdrawn
	FROM x
), o AS (
	SELECT d.*,
		-- A withdrawal comes part-way through processing, the same day in both worlds.
		CASE WHEN withdrawn THEN floor(d_cf * u(i, 16))::INTEGER ELSE d_act END + supp AS off_act,
		CASE WHEN withdrawn THEN floor(d_cf * u(i, 16))::INTEGER ELSE d_cf END + supp AS off_cf
	FROM d
)
SELECT o.i, o.recv_date, o.recv_working, o.code63, o.code34, o.pilot_start, o.pilot_end, o.sector_id,
	o.lvl_province, o.lvl_district, o.online_p, o.after_merger, o.m, o.supp, o.outcome, o.has_due, o.bad_kind,
	o.d_cf, o.d_act, o.withdrawn, o.off_act, o.off_cf, c.wd_index AS wd_recv,
	CASE WHEN has_due THEN dd.date END AS due_date,
	CASE WHEN off_act = 0 THEN recv_date WHEN fa.date <= ${exp} THEN fa.date END AS fin_act,
	CASE WHEN off_cf = 0 THEN recv_date WHEN fc.date <= ${exp} THEN fc.date END AS fin_cf
FROM o
JOIN cal c ON c.date = o.recv_date
LEFT JOIN wd_day dd ON dd.wd_index = c.wd_index + o.deadline_wd + o.supp
LEFT JOIN wd_day fa ON fa.wd_index = c.wd_index + o.off_act
LEFT JOIN wd_day fc ON fc.wd_index = c.wd_index + o.off_cf`;
}

/**
 * The export as a provincial system would send it (contract columns), bad rows included.
 * `_i` (row number) and `_bad_kind` are helper columns, not written to the export file.
 */
export function rawDossiersSql(rows: number, exportDate: string): string[] {
	const exp = dateLiteral(exportDate);
	// The id ends with a serial unique in the whole export (the row number), so ids never collide.
	const serialDigits = Math.max(6, String(rows - 1).length);
	const create = `
CREATE OR REPLACE TABLE raw_dossiers AS
WITH a AS (
	SELECT l.*, p.name63, p.name34, s.sector, s.department,
		CASE WHEN after_merger THEN l.code34 ELSE l.code63 END AS province_code,
		CASE WHEN after_merger THEN p.name34 ELSE p.name63 END AS province_name,
		CASE WHEN NOT recv_working OR u(i, 4) < online_p THEN 'online'
			WHEN u(i, 4) < online_p + ${POSTAL_SHARE} THEN 'postal' ELSE 'in_person' END AS channel,
		CASE WHEN u(i, 6) < l.lvl_province THEN 'province'
			WHEN u(i, 6) < l.lvl_province + l.lvl_district
				THEN CASE WHEN NOT after_merger THEN 'district' WHEN u(i, 7) < 0.3 THEN 'province' ELSE 'commune' END
			ELSE 'commune' END AS agency_level
	FROM lat l JOIN prov p ON p.code63 = l.code63 JOIN sector s ON s.sector_id = l.sector_id
), b AS (
	SELECT a.*,
		recv_date::TIMESTAMP + to_minutes(CASE WHEN channel = 'online' THEN floor(u(i, 5) * 1440) ELSE 450 + floor(u(i, 5) * 570) END::BIGINT) AS received_at,
		CASE WHEN fin_act IS NULL THEN CASE WHEN u(i, 18) < 0.6 THEN 'in_progress' WHEN u(i, 18) < 0.75 THEN 'received'
				WHEN u(i, 18) < 0.9 THEN 'supplement_requested' ELSE 'financial_obligation' END
			WHEN withdrawn THEN 'withdrawn'
			WHEN outcome < 0.027 THEN 'refused'
			WHEN outcome < 0.035 THEN 'stopped'
			WHEN u(i, 18) < 0.85 THEN 'returned' ELSE 'finished' END AS status,
		CASE agency_level WHEN 'province' THEN sector_id WHEN 'district' THEN 1 + floor(u(i, 25) * 12)::INTEGER
			ELSE 1 + floor(u(i, 25) * 40)::INTEGER END AS unit_no,
		CASE WHEN recv_date < DATE '2024-01-01' OR u(i, 23) < 0.05 THEN NULL
			WHEN pilot_start IS NOT NULL AND recv_date BETWEEN pilot_start AND pilot_end THEN u(i, 24) < 0.75
			ELSE FALSE END AS via_one_level_centre
	FROM a
), c AS (
	SELECT b.*,
		CASE WHEN fin_act IS NULL THEN NULL
			WHEN fin_act = recv_date THEN least(received_at + to_minutes((5 + floor(u(i, 19) * 180))::BIGINT), recv_date::TIMESTAMP + INTERVAL '23 hours 59 minutes')
			ELSE fin_act::TIMESTAMP + to_minutes((480 + floor(u(i, 19) * 540))::BIGINT) END AS finished_at,
		bad_kind IN ('old_code_after_merger', 'district_after_merger') AND NOT after_merger AS moved,
		bad_kind = 'supplement_exceeds_duration' AND NOT (fin_act IS NOT NULL AND NOT withdrawn) AS exceed_fallback
	FROM b
), g AS (
	SELECT c.*,
		'000.' || CASE agency_level WHEN 'province' THEN '00' WHEN 'district' THEN '10' ELSE '20' END || '.'
			|| lpad(unit_no::VARCHAR, 2, '0') || '.H' || province_code || '-' || strftime(recv_date, '%y%m%d') || '-'
			|| lpad(i::VARCHAR, ${serialDigits}, '0') AS dossier_id,
		CASE WHEN status = 'returned' THEN least(finished_at + to_minutes(floor(u(i, 20) * 2880)::BIGINT), ${exp}::TIMESTAMP + INTERVAL '17 hours') END AS returned_at,
		CASE WHEN supp = 0 AND u(i, 14) < 0.05 THEN NULL ELSE supp::DOUBLE END AS supplement_days,
		CASE WHEN has_due THEN due_date::TIMESTAMP + INTERVAL '17 hours' END AS due_at,
		CASE WHEN via_one_level_centre THEN 'Trung tâm Phục vụ hành chính công ' || province_name
			WHEN agency_level = 'province' THEN department || ' ' || province_name
			WHEN agency_level = 'district' THEN 'UBND cấp huyện số ' || lpad(unit_no::VARCHAR, 2, '0') || ' – ' || province_name
			ELSE 'UBND cấp xã số ' || lpad(unit_no::VARCHAR, 2, '0') || ' – ' || province_name END AS agency_name,
		floor(u(i, 27) * 6)::INTEGER AS proc_no
	FROM c
)
SELECT
	i AS _i,
	dossier_id,
	CASE WHEN bad_kind = 'unknown_province' THEN '00'
		WHEN bad_kind = 'old_code_after_merger' THEN CASE WHEN code63 <> code34 THEN code63 ELSE '74' END
		WHEN bad_kind IN ('district_after_merger', 'received_in_future') THEN code34
		ELSE province_code END AS province_code,
	CASE WHEN bad_kind = 'district_after_merger' THEN 'district' ELSE agency_level END AS agency_level,
	agency_name,
	CASE WHEN u(i, 26) < 0.05 THEN NULL
		ELSE (1 + hash(sector_id, proc_no, 7) % 2)::VARCHAR || '.' || lpad((hash(sector_id, proc_no, 8) % 1000000)::VARCHAR, 6, '0') END AS procedure_code,
	sector,
	CASE WHEN bad_kind = 'unknown_channel' OR exceed_fallback THEN 'kiosk' ELSE channel END AS channel,
	CASE WHEN u(i, 33) < 0.03 THEN NULL WHEN channel <> 'online' THEN 'offline'
		WHEN u(i, 28) < 0.6 THEN 'full_online' ELSE 'partial_online' END AS service_level,
	CASE WHEN moved THEN (${MERGER} + (i % 180)::INTEGER)::TIMESTAMP + INTERVAL '9 hours'
		WHEN bad_kind = 'received_in_future' THEN (${exp} + 20)::TIMESTAMP + INTERVAL '9 hours'
		ELSE received_at END AS received_at,
	CASE WHEN moved OR bad_kind = 'received_in_future' THEN NULL ELSE due_at END AS due_at,
	CASE WHEN moved OR bad_kind = 'received_in_future' THEN NULL
		WHEN bad_kind = 'finished_before_received' THEN received_at - INTERVAL '3 days'
		ELSE finished_at END AS finished_at,
	CASE WHEN moved OR bad_kind IN ('received_in_future', 'finished_before_received') THEN NULL ELSE returned_at END AS returned_at,
	CASE WHEN moved OR bad_kind = 'received_in_future' THEN 'in_progress'
		WHEN bad_kind = 'finished_before_received' THEN 'finished'
		ELSE status END AS status,
	CASE WHEN bad_kind = 'negative_supplement' THEN -2.0
		WHEN bad_kind = 'supplement_exceeds_duration' AND NOT exceed_fallback THEN (off_act + 3)::DOUBLE
		ELSE supplement_days END AS supplement_days,
	via_one_level_centre,
	CASE WHEN u(i, 21) < 0.1 THEN NULL
		ELSE u(i, 22) < CASE WHEN channel = 'online' THEN 0.25 + 0.45 * m / 36 ELSE 0.04 END END AS paid_online,
	CASE WHEN u(i, 29) < 0.08 THEN NULL ELSE u(i, 30) < 0.4 + 0.45 * m / 36 END AS digitized,
	CASE WHEN u(i, 31) < 0.1 THEN NULL ELSE u(i, 32) < CASE WHEN channel = 'online' THEN 0.6 ELSE 0.2 END END AS e_result,
	CASE WHEN exceed_fallback THEN 'unknown_channel' ELSE bad_kind END AS _bad_kind
FROM g`;
	// A duplicate repeats the id of the row before it (a clean row), one minute after it, so the
	// repeat is the later row in the export and the one the importer excludes.
	const duplicate = `
UPDATE raw_dossiers SET dossier_id = o.dossier_id, received_at = o.received_at + INTERVAL '1 minute'
FROM raw_dossiers o
WHERE raw_dossiers._bad_kind = 'duplicate_id' AND o._i = raw_dossiers._i - 1 AND o._bad_kind IS NULL`;
	// A duplicate whose neighbour is itself bad (rare) becomes an unknown channel instead.
	const fallback = `
UPDATE raw_dossiers SET channel = 'kiosk', _bad_kind = 'unknown_channel'
WHERE _bad_kind = 'duplicate_id' AND _i - 1 NOT IN (SELECT _i FROM raw_dossiers WHERE _bad_kind IS NULL)`;
	return [create, fallback, duplicate];
}

/** Column list of the raw export file, in the contract's order. */
export const RAW_DOSSIER_COLUMNS = [
	'dossier_id',
	'province_code',
	'agency_level',
	'agency_name',
	'procedure_code',
	'sector',
	'channel',
	'service_level',
	'received_at',
	'due_at',
	'finished_at',
	'returned_at',
	'status',
	'supplement_days',
	'via_one_level_centre',
	'paid_online',
	'digitized',
	'e_result'
] as const;

export { DEMO_FROM, DEMO_TO };
