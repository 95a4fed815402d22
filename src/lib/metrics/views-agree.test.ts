// One figure, one value, on every view: for one month, the overview builder, the rankings
// builder (its unit rows summed, with the rankings' own rate code) and the trends builder (the
// country line; a unit line against the rankings' unit row) give the same finished count
// (withdrawn dossiers apart), on-time rate and median working days. First on cubes the importer
// builds from a few hand-checked dossiers, then on the demo data in data/.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../scripts/import/pipeline';
import { tempDir, validDossier, writeCsv } from '../../../scripts/import/test-support';
import { openDataDir, type NativeDb } from '../server/native-db';
import type { BoundaryMode } from './boundary';
import { buildOverviewKpiQuery } from './overview';
import type { Row } from './query';
import { buildDossierRankingQuery } from './rankings-dossier';
import { dossierValues } from './rankings-dossier-rows';
import { buildTrendSeriesQuery } from './trends-series';

interface Figures {
	finished: number;
	withdrawn: number | null;
	onTimeRate: number | null;
	medianWd: number | null;
}

/** The month's figures from each view's builder, and the per-unit medians of rankings and trends. */
async function figures(db: NativeDb, mode: BoundaryMode, month: string) {
	const period = { from: month, to: month };
	const [kpi] = await db.run(buildOverviewKpiQuery({ current: period, previous: period, mode, group: 'all' }));
	const units = await db.run(buildDossierRankingQuery({ period, mode }));
	const summed: Row = {};
	for (const key of ['early', 'on_time', 'late', 'overdue_backlog', 'finished'])
		summed[key] = units.reduce((sum, r) => sum + Number(r[key] ?? 0), 0);
	const series = await db.run(
		buildTrendSeriesQuery(
			{ mode, basis: 'finished', grouping: 'province', provinces: [], from: month, to: month, slice: {} },
			{ everyUnit: true }
		)
	);
	const country = series.find((r) => r.kind === 'all');
	if (!country) throw new Error(`no country line for ${month}`);
	const overview: Figures = {
		finished: Number(kpi.finished),
		withdrawn: kpi.withdrawn as number,
		onTimeRate: kpi.on_time_rate as number | null,
		medianWd: kpi.median_wd as number | null
	};
	const rankings: Figures = {
		finished: Number(summed.finished),
		withdrawn: null, // the rankings show no withdrawn count
		onTimeRate: dossierValues(summed).on_time_rate.value,
		medianWd: null // a median does not sum: compared unit by unit below
	};
	const trends: Figures = {
		finished: Number(country.finished),
		withdrawn: country.withdrawn as number,
		onTimeRate: country.on_time_rate as number | null,
		medianWd: country.median_wd as number | null
	};
	const rankingMedians = Object.fromEntries(units.filter((r) => Number(r.finished) > 0).map((r) => [r.unit, r.median_wd]));
	const trendMedians = Object.fromEntries(series.filter((r) => r.kind === 'unit' && Number(r.timed) > 0).map((r) => [r.key, r.median_wd]));
	return { overview, rankings, trends, rankingMedians, trendMedians };
}

function expectAgreement(f: Awaited<ReturnType<typeof figures>>): void {
	expect(f.rankings.finished).toBe(f.overview.finished);
	expect(f.trends.finished).toBe(f.overview.finished);
	expect(f.trends.withdrawn).toBe(f.overview.withdrawn);
	expect(f.rankings.onTimeRate).toBeCloseTo(f.overview.onTimeRate as number, 12);
	expect(f.trends.onTimeRate).toBeCloseTo(f.overview.onTimeRate as number, 12);
	expect(f.trends.medianWd).toBe(f.overview.medianWd);
	expect(f.trendMedians).toEqual(f.rankingMedians);
}

describe('the views agree (importer cubes, hand-checked)', () => {
	let db: NativeDb;
	beforeAll(async () => {
		const dir = tempDir('views-agree-');
		const d = (id: string, province: string, due: string, finished: string | null, status: string) =>
			validDossier(id, { province_code: province, due_at: due, finished_at: finished, status });
		// All received Mon 2024-03-04. Working days: 6 Mar → 2, 8 Mar → 4, 12 Mar → 6.
		const rows = [
			d('x1', '01', '2024-03-08 17:00', '2024-03-06 10:00', 'returned'), // early, 2
			d('x2', '01', '2024-03-08 17:00', '2024-03-12 10:00', 'returned'), // late, 6
			d('x3', '01', '2024-03-08 17:00', '2024-03-07 10:00', 'withdrawn'), // not finished
			d('x4', '79', '2024-03-08 17:00', '2024-03-08 09:00', 'returned'), // on time, 4
			d('x5', '79', '2024-03-08 17:00', null, 'in_progress') // open, overdue at the end of March
		];
		const outDir = join(dir, 'out');
		await runPipeline({
			inputs: [{ path: writeCsv(dir, 'dossiers.csv', rows) }],
			outDir,
			exportDate: '2026-01-05',
			source: 'import',
			allowEmpty: true
		});
		db = await openDataDir(outDir);
	}, 120_000);
	afterAll(() => db?.close());

	for (const mode of ['34', '63'] as const) {
		it(`March 2024, ${mode} units: 3 finished (1 withdrawn apart), on time 2/4, median 4`, async () => {
			const f = await figures(db, mode, '2024-03-01');
			expect(f.overview).toEqual({ finished: 3, withdrawn: 1, onTimeRate: 0.5, medianWd: 4 });
			expect(f.rankingMedians).toEqual({ '01': 2, '79': 4 });
			expectAgreement(f);
		});
	}
});

const DATA_DIR = process.env.REFORM_LENS_DATA ?? 'data';

describe('the views agree (demo data)', () => {
	let db: NativeDb;
	beforeAll(async () => {
		if (!existsSync(join(DATA_DIR, 'manifest.json'))) throw new Error(`No demo data in ${DATA_DIR}: run \`npm run data:demo\` first.`);
		db = await openDataDir(DATA_DIR);
	}, 120_000);
	afterAll(() => db?.close());

	it('December 2025, 34 units', async () => {
		const f = await figures(db, '34', '2025-12-01');
		expect(f.overview.withdrawn).toBeGreaterThan(0); // the month does test the definition
		expectAgreement(f);
	});
	it('March 2025, 63 units', async () => {
		expectAgreement(await figures(db, '63', '2025-03-01'));
	});
});
