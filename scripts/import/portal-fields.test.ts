// A CSV with the National Public Service Portal's field names and coded values (committed
// fixture), read into the contract's columns.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline, type PipelineReport } from './pipeline';
import { query, tempDir } from './test-support';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'portal-dossiers.csv');

describe('portal field names', () => {
	let report: PipelineReport;
	let outDir: string;

	beforeAll(async () => {
		const dir = tempDir();
		outDir = join(dir, 'out');
		// The same export saved with a BOM, semicolons and decomposed (NFD) Vietnamese text.
		const variant =
			'\uFEFF' +
			readFileSync(FIXTURE, 'utf8')
				.replaceAll('000.17', 'NFD.17')
				.replace('20240306150000', 'NULL') // a SQL Server export writes NULL for a missing date
				.split('\n')
				.map((line) =>
					line
						.split('"')
						.map((part, i) => (i % 2 === 0 ? part.replaceAll(',', ';') : part))
						.join('"')
				)
				.join('\n')
				.normalize('NFD');
		writeFileSync(join(dir, 'portal-nfd.csv'), variant);
		report = await runPipeline({
			inputs: [{ path: FIXTURE }, { path: join(dir, 'portal-nfd.csv') }],
			outDir,
			exportDate: '2026-01-05',
			source: 'import',
			allowEmpty: true // dossiers only
		});
	});

	it('detects portal names and excludes status 1 (not yet received)', () => {
		const [rec] = report.imports;
		expect(rec).toMatchObject({
			kind: 'dossiers',
			format: 'csv',
			field_names: 'portal',
			rows_read: 5,
			rows_kept: 4,
			excluded_by_rule: { not_yet_received: 1 }
		});
	});

	it('maps names, codes, dates, booleans and decimal commas to the contract', async () => {
		const rows = await query(
			`SELECT dossier_id, province_code, agency_level, agency_name, sector, channel, service_level,
				strftime(received_at, '%Y-%m-%d %H:%M') AS received, strftime(due_at, '%Y-%m-%d %H:%M') AS due,
				strftime(finished_at, '%Y-%m-%d %H:%M') AS finished, status, supplement_days,
				via_one_level_centre, paid_online, digitized, e_result, province_63, province_34, processing_wd
			 FROM read_parquet('${outDir}/dossiers/*/*/part-0.parquet') WHERE dossier_id LIKE '000.%' ORDER BY dossier_id`
		);
		expect(rows).toEqual([
			{
				dossier_id: '000.17.01.H26-240305-0002',
				province_code: '01',
				agency_level: 'district',
				agency_name: 'UBND quận Ba Đình, Hà Nội',
				sector: 'Hộ tịch',
				channel: 'in_person',
				service_level: 'offline',
				received: '2024-03-05 09:15',
				due: '2024-03-12 00:00',
				finished: '2024-03-11 16:00',
				status: 'finished',
				supplement_days: 1.5,
				via_one_level_centre: false,
				paid_online: false,
				digitized: true,
				e_result: false,
				province_63: '01',
				province_34: '01',
				processing_wd: 2.5
			},
			{
				dossier_id: '000.17.22.H56-240304-0001',
				province_code: '22',
				agency_level: 'province',
				agency_name: 'Sở Tư pháp tỉnh Quảng Ninh',
				sector: 'Lý lịch tư pháp',
				channel: 'online',
				service_level: 'full_online',
				received: '2024-03-04 08:00',
				due: '2024-03-08 17:00',
				finished: '2024-03-06 10:00',
				status: 'returned',
				supplement_days: 0,
				via_one_level_centre: true,
				paid_online: true,
				digitized: true,
				e_result: true,
				province_63: '22',
				province_34: '22',
				processing_wd: 2
			},
			{
				dossier_id: '000.17.74.H57-250102-0004',
				province_code: '74',
				agency_level: 'province',
				agency_name: 'Trung tâm Phục vụ hành chính công',
				sector: 'Đầu tư',
				channel: 'online',
				service_level: 'full_online',
				received: '2025-01-02 08:30',
				due: '2025-01-10 17:00',
				finished: '2025-01-08 10:00',
				status: 'withdrawn',
				supplement_days: null,
				via_one_level_centre: true,
				paid_online: true,
				digitized: true,
				e_result: false,
				province_63: '74',
				province_34: '79',
				processing_wd: null
			},
			{
				dossier_id: '000.17.79.H29-250801-0003',
				province_code: '79',
				agency_level: 'commune',
				agency_name: 'UBND phường Bến Thành',
				sector: 'Đất đai',
				channel: 'postal',
				service_level: 'partial_online',
				received: '2025-08-01 08:00',
				due: '2025-08-15 17:00',
				finished: null,
				status: 'supplement_requested',
				supplement_days: null,
				via_one_level_centre: null,
				paid_online: null,
				digitized: null,
				e_result: null,
				province_63: null,
				province_34: '79',
				processing_wd: null
			}
		]);
	});

	it('reads a BOM, semicolons and NFD text the same way (text stored as NFC)', async () => {
		const rec = report.imports[1];
		expect(rec).toMatchObject({ field_names: 'portal', rows_read: 5, rows_kept: 4 });
		const sectors = await query(
			`SELECT sector, count(*)::INTEGER AS n FROM read_parquet('${outDir}/dossiers/*/*/part-0.parquet')
			 GROUP BY sector ORDER BY sector`
		);
		// both files' sectors group together: the NFD spelling was normalised
		expect(sectors.map((s) => s.n)).toEqual([2, 2, 2, 2]);
		for (const s of sectors) expect(s.sector).toBe(String(s.sector).normalize('NFC'));
	});
});
