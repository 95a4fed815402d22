// /explore/ with a SIPAS survey file: a small generated survey CSV is chosen in the page; the
// file's SIPAS index (KPI) and one province's index, interval and the suppressed province must
// equal what this test's own SQL over the Node importer's survey_cube (native DuckDB) and the
// stats formulas give. On the Vietnamese page a refused file is explained in Vietnamese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../../scripts/import/pipeline';
import { query, tempDir } from '../../scripts/import/test-support';
import { sipasIndex, SIPAS_FACTORS, type SurveyCubeRow } from '../../src/lib/stats/sipas-index';
import { openPage, type OpenedPage } from './harness';

const EXPORT_DATE = '2025-01-10';
/** Responses per province: Hà Nội and TP. Hồ Chí Minh ranked, Đà Nẵng under 30 (suppressed). */
const SAMPLE = { '01': 80, '79': 60, '48': 12 } as const;

let dir: string;
let csv: string;
let outDir: string;
let en: OpenedPage;

/** A deterministic survey: ratings and weights vary with the row, four PSUs per province. */
function surveyCsv(): string {
	const header = ['response_id', 'survey_year', 'province_code', 'respondent_type', 'sector', 'weight', 'psu', ...SIPAS_FACTORS, 'overall'];
	const lines = [header.join(',')];
	let i = 0;
	for (const [province, n] of Object.entries(SAMPLE))
		for (let k = 0; k < n; k++, i++) {
			const rating = (f: number) => 1 + ((i * 7 + f * 3 + Number(province)) % 5);
			const ratings = SIPAS_FACTORS.map((_, f) => (province === '01' && f === 0 ? Math.max(3, rating(f)) : rating(f)));
			lines.push(
				[
					`R${i}`,
					2024,
					province,
					k % 3 ? 'citizen' : 'organization',
					'Tư pháp',
					1 + (k % 3) * 0.5,
					`${province}-P${k % 4}`,
					...ratings,
					4
				].join(',')
			);
		}
	return `${lines.join('\n')}\n`;
}

/** The SIPAS index of the cube rows `where` selects, from this test's own SQL (strata: the 63-unit province). */
async function oracleIndex(where: string) {
	const rows = await query(`SELECT factor, province_63 AS stratum, psu, sum(n)::DOUBLE AS n, sum(n_pos)::DOUBLE AS n_pos,
		sum(sum_w) AS sum_w, sum(sum_w2) AS sum_w2, sum(sum_w_pos) AS sum_w_pos, sum(sum_w2_pos) AS sum_w2_pos
		FROM read_parquet('${join(outDir, 'cubes', 'survey_cube.parquet')}')
		WHERE survey_year = 2024 AND ${where} GROUP BY ALL`);
	const cells: SurveyCubeRow[] = rows
		.filter((r) => (SIPAS_FACTORS as readonly string[]).includes(String(r.factor)))
		.map((r) => ({
			factor: String(r.factor),
			stratum: String(r.stratum),
			psu: String(r.psu),
			n: Number(r.n),
			n_pos: Number(r.n_pos),
			sum_w: Number(r.sum_w),
			sum_w2: Number(r.sum_w2),
			sum_w_pos: Number(r.sum_w_pos),
			sum_w2_pos: Number(r.sum_w2_pos)
		}));
	return sipasIndex(cells);
}

beforeAll(async () => {
	dir = tempDir('explore-survey-e2e-');
	csv = join(dir, 'sipas-2024.csv');
	writeFileSync(csv, surveyCsv());
	outDir = join(dir, 'out');
	await runPipeline({ inputs: [{ path: csv }], outDir, exportDate: EXPORT_DATE, source: 'import', allowEmpty: true });
	en = await openPage('/en/explore/', { viewport: { width: 1280, height: 1000 } });
}, 300_000);

afterAll(async () => {
	await en?.close();
});

const pct = (v: number) =>
	new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);

describe('/explore/ with a survey file', () => {
	it('shows the file’s SIPAS index and the province ranking as the importer’s cube gives them', async () => {
		const { page } = en;
		await page.getByTestId('explore-export-date').fill(EXPORT_DATE);
		await page.getByTestId('explore-input').setInputFiles([csv]);
		await page.waitForSelector('[data-testid="explore-survey"][data-live="true"]', { timeout: 240_000 });
		expect(Number(await page.getByTestId('explore-read').getAttribute('data-raw'))).toBe(80 + 60 + 12);

		const national = await oracleIndex('province_63 IS NOT NULL');
		if (national.suppressed) throw new Error('the oracle suppressed the national index');
		const kpi = page.locator('[data-testid="explore-kpi-sipas"] [data-kpi-value]');
		expect(Number(await kpi.getAttribute('data-raw'))).toBeCloseTo(national.estimate, 9);
		expect(await page.getByTestId('explore-kpi-sipas').innerText()).toContain(`${pct(national.lower)} – ${pct(national.upper)}`);

		// The table alternative of the ranking chart: one row per province with responses.
		const frame = page.getByTestId('explore-survey-ranking');
		// The file's own figures: the demo site's simulated-data mark is not theirs.
		expect(await frame.getAttribute('data-demo-mark')).toBeNull();
		await frame.getByRole('button', { name: 'Show as table' }).click();
		const cells = await frame
			.locator('tbody tr')
			.evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((c) => c.textContent?.trim() ?? '')));
		expect(cells.map((r) => r[0])).toEqual(expect.arrayContaining(['Ha Noi', 'Ho Chi Minh City', 'Da Nang']));
		expect(cells).toHaveLength(3);
		const hanoi = await oracleIndex(`province_63 = '01'`);
		if (hanoi.suppressed) throw new Error('the oracle suppressed Ha Noi');
		const row = cells.find((r) => r[0] === 'Ha Noi')!;
		expect(row.slice(1, 4)).toEqual([pct(hanoi.estimate), pct(hanoi.lower), pct(hanoi.upper)]);
		expect(row[5]).toMatch(/^[12]–[12]$/);
		const daNang = cells.find((r) => r[0] === 'Da Nang')!;
		expect(daNang[1]).toBe('Too few responses (under 30)');
		expect(daNang[4]).toBe('—');
		expect(en.foreignRequests()).toEqual([]);
		expect(en.pageErrors).toEqual([]);
	}, 400_000);

	it('explains a refused file in Vietnamese on the Vietnamese page', async () => {
		const vi = await openPage('/explore/');
		try {
			const bad = join(dir, 'thiếu-cột.csv');
			writeFileSync(bad, 'response_id,survey_year\nR1,2024\n');
			await vi.page.getByTestId('explore-input').setInputFiles([bad]);
			const lead = vi.page.getByTestId('explore-refused-lead');
			await lead.waitFor({ timeout: 240_000 });
			expect(await lead.getAttribute('data-code')).toBe('missing_column');
			expect(await lead.innerText()).toBe('thiếu cột bắt buộc');
			expect(await vi.page.getByTestId('explore-refused-item').innerText()).toMatch(/^thiếu-cột\.csv, cột \w+: thiếu cột bắt buộc$/);
			expect(vi.pageErrors).toEqual([]);
		} finally {
			await vi.close();
		}
	}, 300_000);
});
