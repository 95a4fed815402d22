// The built data's 63-unit reference table with Hà Nội's names replaced by HTML, served in place
// of the real one: the tests that check a province name from data is shown as text everywhere.
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';

export const EVIL_NAME = '<img src=x onerror="window.__xss=1">Hà Nội';

/** Writes the hostile `provinces_63` Parquet from the data folder's own table and returns its bytes. */
export async function hostileProvinces63(dataDir: string): Promise<Buffer> {
	const dir = mkdtempSync(join(tmpdir(), 'evil-provinces-'));
	try {
		const out = join(dir, 'provinces_63.parquet');
		const source = resolve(dataDir, 'reference/provinces_63.parquet');
		const instance = await DuckDBInstance.create(':memory:');
		const connection = await instance.connect();
		const quoted = `'${EVIL_NAME.replaceAll("'", "''")}'`;
		await connection.run(
			`COPY (SELECT code, CASE WHEN code = '01' THEN ${quoted} ELSE name_vi END AS name_vi,
			        CASE WHEN code = '01' THEN ${quoted} ELSE name_en END AS name_en,
			        kind, region, merged_into_2025
			      FROM read_parquet('${source}')) TO '${out}' (FORMAT parquet, COMPRESSION zstd)`
		);
		connection.closeSync();
		instance.closeSync();
		return readFileSync(out);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Serves `body` for every request of the 63-unit reference table in this browser context. */
export async function routeProvinces63(context: BrowserContext, body: Buffer): Promise<void> {
	await context.route('**/data/reference/provinces_63.parquet*', (route) =>
		route.fulfill({ status: 200, contentType: 'application/vnd.apache.parquet', body })
	);
}
