// Generates the demo data set: raw exports in the contract's columns (written to a staging
// folder), then the import pipeline (validation, partitions, cubes, manifest) into `outDir`,
// then data/planted-effects.json. Deterministic from the seed.

import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runPipeline, type PipelineReport } from '../import/pipeline';
import { literal } from '../../src/lib/import/sql-text';
import { RAW_DOSSIER_COLUMNS, gridTablesSql, latentDossiersSql, randomMacroSql, rawDossiersSql } from './dossiers';
import { createSurveyUnits, rawSurveySql } from './survey';
import { createHelperTables } from './tables';
import { measureTruth, type PlantedEffects } from './truth';

export const DEFAULT_SEED = 20240901;
export const DEFAULT_ROWS = 1_000_000;
export const DEFAULT_EXPORT_DATE = '2026-01-05';

export interface DemoOptions {
	seed: number;
	rows: number;
	outDir: string;
	exportDate: string;
	log?: (line: string) => void;
}

export interface RawDemoFiles {
	dossiers: string;
	survey: string;
	truth: PlantedEffects;
	/** Rows written per file, and the planted bad rows by kind. */
	counts: { dossiers: number; survey: number; badByKind: Record<string, number> };
}

async function copyParquet(connection: DuckDBConnection, select: string, path: string): Promise<void> {
	await connection.run(`COPY (${select}) TO ${literal(path)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`);
}

/** Writes the raw demo exports into `stagingDir` and measures the planted effects' truth. */
export async function generateRaw(opts: Omit<DemoOptions, 'outDir'> & { stagingDir: string }): Promise<RawDemoFiles> {
	const log = opts.log ?? (() => {});
	mkdirSync(opts.stagingDir, { recursive: true });
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		await connection.run('SET autoinstall_known_extensions = false');
		await connection.run('SET autoload_known_extensions = false');
		await connection.run(randomMacroSql(opts.seed));
		await createHelperTables(connection, opts.seed);
		for (const sql of gridTablesSql()) await connection.run(sql);
		let t = performance.now();
		await connection.run(latentDossiersSql(opts.rows, opts.exportDate));
		for (const sql of rawDossiersSql(opts.rows, opts.exportDate)) await connection.run(sql);
		log(`dossiers generated in ${Math.round(performance.now() - t)} ms`);
		await createSurveyUnits(connection, opts.seed);
		await connection.run(rawSurveySql());
		const truth = await measureTruth(connection, opts);

		// One thread for writing: the same rows always make the same row groups and bytes.
		t = performance.now();
		await connection.run('SET threads = 1');
		const dossiers = join(opts.stagingDir, 'dossiers-demo.parquet');
		const survey = join(opts.stagingDir, 'survey-demo.parquet');
		await copyParquet(connection, `SELECT ${RAW_DOSSIER_COLUMNS.join(', ')} FROM raw_dossiers ORDER BY received_at, _i`, dossiers);
		await copyParquet(connection, 'SELECT * FROM raw_survey ORDER BY survey_year, province_code, response_id', survey);
		log(`raw files written in ${Math.round(performance.now() - t)} ms`);

		const count = async (sql: string) => Number((await connection.runAndReadAll(sql)).getRows()[0][0]);
		const badRows = (
			await connection.runAndReadAll('SELECT _bad_kind, count(*) FROM raw_dossiers WHERE _bad_kind IS NOT NULL GROUP BY 1 ORDER BY 1')
		).getRows();
		return {
			dossiers,
			survey,
			truth,
			counts: {
				dossiers: await count('SELECT count(*) FROM raw_dossiers'),
				survey: await count('SELECT count(*) FROM raw_survey'),
				badByKind: Object.fromEntries(badRows.map(([k, n]) => [String(k), Number(n)]))
			}
		};
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
}

/** The whole demo: raw exports → import pipeline → `outDir`, plus planted-effects.json. */
export async function generateDemo(opts: DemoOptions): Promise<{ report: PipelineReport; raw: RawDemoFiles }> {
	const stagingDir = mkdtempSync(join(tmpdir(), 'reform-lens-demo-'));
	try {
		const raw = await generateRaw({ ...opts, stagingDir });
		const report = await runPipeline({
			inputs: [
				{ path: raw.dossiers, kind: 'dossiers' },
				{ path: raw.survey, kind: 'survey_responses' }
			],
			outDir: opts.outDir,
			exportDate: opts.exportDate,
			source: 'demo',
			seed: opts.seed,
			log: opts.log
		});
		writeFileSync(join(resolve(opts.outDir), 'planted-effects.json'), JSON.stringify(raw.truth, null, '\t') + '\n');
		return { report, raw };
	} finally {
		rmSync(stagingDir, { recursive: true, force: true });
	}
}
