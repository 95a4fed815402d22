// The browser engine in real Chromium against the built site: CSP, offline (no other origin),
// DuckDB-WASM answers like native DuckDB over the same data, lazy raw partitions, and a clear
// failure (with the prerendered figures kept) when WebAssembly cannot run.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row, SqlQuery } from '../../src/lib/metrics/query';
import type { NativeDb } from '../../src/lib/server/native-db';
import { dataDir, engineStage, openOracle, openPage, siteDir, waitForEngineReady, type OpenedPage } from './harness';
import type { Page } from 'playwright-core';

/** Every prerendered page of the build, as site paths ('/', '/en/rankings/', …). */
function sitePages(): string[] {
	const root = siteDir();
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const p = join(dir, e.name);
			if (e.isDirectory()) {
				if (e.name !== '_app' && e.name !== 'data') walk(p);
			} else if (e.name.endsWith('.html')) out.push(p);
		}
	};
	walk(root);
	return out.map((file) => {
		const rel = '/' + relative(root, file).split(sep).join('/');
		return rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel;
	});
}

/**
 * The pages that run a query as they open. The others never boot the engine on load: Methodology
 * and Data quality run no query (pages.test.ts), /explore/ waits for a file, a province profile
 * and the 404 page show their prerendered figures until a filter changes.
 */
const QUERIES_ON_LOAD = /^\/(en\/)?(rankings\/|pilots\/|trends\/|indices\/)?$/;

/** Every built page once in the browser, but of the 2 × 97 profiles (one template) a sample: both lists, both languages, a pilot. */
function browsedPages(): string[] {
	const SAMPLE = new Set(['/provinces/01/', '/provinces/79/', '/provinces/63-02/', '/en/provinces/48/', '/en/provinces/63-74/']);
	return sitePages().filter((path) => !/\/provinces\/(63-)?\d{2}\/$/.test(path) || SAMPLE.has(path));
}

function cspOf(html: string): string | null {
	const m = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
	return m ? m[1] : null;
}

async function pageQuery(page: Page, q: SqlQuery): Promise<Row[]> {
	return page.evaluate((query) => window.__reformLensEngine!.query(query), q);
}

interface ManifestLike {
	tables: {
		table: string;
		role: string;
		files: { path: string; rows: number; partition: { year?: number; province?: string } | null }[];
	}[];
}
const manifest = (): ManifestLike => JSON.parse(readFileSync(join(dataDir(), 'manifest.json'), 'utf8'));

describe('Content-Security-Policy', () => {
	it('every page has a CSP meta that allows WebAssembly but not eval, and only this origin', () => {
		const pages = sitePages();
		expect(pages.length).toBeGreaterThan(0);
		for (const path of pages) {
			const file = join(siteDir(), path.endsWith('/') ? path + 'index.html' : path);
			const csp = cspOf(readFileSync(file, 'utf8'));
			expect(csp, path).not.toBeNull();
			expect(csp).toContain("'wasm-unsafe-eval'");
			expect(csp).not.toContain("'unsafe-eval'");
			expect(csp).toMatch(/connect-src 'self'(;|$)/);
			expect(csp).toMatch(/default-src 'self'(;|$)/);
			expect(csp).not.toMatch(/https?:|\*/);
		}
	});
});

describe('DuckDB-WASM engine in Chromium', () => {
	let opened: OpenedPage;
	let oracle: NativeDb;

	beforeAll(async () => {
		oracle = await openOracle(true);
		opened = await openPage('/');
		await waitForEngineReady(opened.page);
	});
	afterAll(async () => {
		await opened?.close();
		oracle?.close();
	});

	it('boots with no error and no request to another origin', async () => {
		expect(await engineStage(opened.page)).toBe('ready');
		expect(opened.foreignRequests()).toEqual([]);
		expect(opened.pageErrors).toEqual([]);
		expect(opened.consoleErrors).toEqual([]);
		expect(opened.failedRequests).toEqual([]);
		// Self-hosted DuckDB files, never the raw partitions at start.
		expect(opened.requests.some((u) => /duckdb-(eh|mvp)\.[\w-]+\.wasm$/.test(u))).toBe(true);
		expect(opened.requests.some((u) => u.includes('/data/dossiers/'))).toBe(false);
	});

	it('loads a table when a query first names it: the overview fetched only the tables it queries', async () => {
		const fetched = (name: string) => opened.requests.some((u) => u.includes(`/data/cubes/${name}.parquet`));
		expect(fetched('dossier_cube_units')).toBe(true);
		expect(fetched('dossier_hist_units')).toBe(true);
		// The full-grain cubes are for /trends/ (sector, channel, level) only.
		expect(fetched('dossier_hist')).toBe(false);
		expect(fetched('trend_lines')).toBe(false);
	});

	it('sees every cube and reference table with the same column types as native read_parquet', async () => {
		const q: SqlQuery = {
			sql: `SELECT table_name, column_name, data_type FROM information_schema.columns
			      WHERE table_schema = 'main' ORDER BY table_name, ordinal_position`,
			params: []
		};
		const startup = manifest()
			.tables.filter((t) => t.role !== 'raw')
			.map((t) => t.table);
		// Each table loads when a query first names it.
		for (const table of startup) await pageQuery(opened.page, { sql: `SELECT count(*) AS n FROM ${table}`, params: [] });
		const wasm = await pageQuery(opened.page, q);
		// The oracle also holds the raw tables; the page loads them only on demand.
		const expected = (await oracle.run(q)).filter((r) => startup.includes(String(r.table_name)));
		expect(new Set(wasm.map((r) => r.table_name))).toEqual(new Set(startup));
		expect(wasm).toEqual(expected);
	});

	it('answers cube queries with bound parameters exactly like native DuckDB', async () => {
		const tables = manifest().tables.filter((t) => t.role !== 'raw');
		for (const t of tables) {
			const q: SqlQuery = { sql: `SELECT count(*) AS n FROM ${t.table} WHERE ? = ?`, params: [1, 1] };
			const rows = t.files.reduce((n, f) => n + f.rows, 0);
			expect(await pageQuery(opened.page, q), t.table).toEqual([{ n: rows }]);
			const all: SqlQuery = { sql: `SELECT * FROM ${t.table} ORDER BY ALL LIMIT 200`, params: [] };
			expect(await pageQuery(opened.page, all), t.table).toEqual(await oracle.run(all));
		}
		const monthly: SqlQuery = {
			sql: `SELECT strftime(month, '%Y-%m') AS m, sum(received)::DOUBLE AS received, count(*) AS n
			      FROM dossier_cube WHERE month >= CAST(? AS DATE) GROUP BY ALL ORDER BY m`,
			params: ['2024-01-01']
		};
		const got = await pageQuery(opened.page, monthly);
		expect(got.length).toBeGreaterThan(0);
		expect(got).toEqual(await oracle.run(monthly));
	});

	it("replaces the page's prerendered rows with a live result (liveQuery)", async () => {
		await opened.page.waitForFunction(() => window.__reformLensTimings?.firstLive !== undefined, undefined, {
			timeout: 60_000
		});
		const t = await opened.page.evaluate(() => window.__reformLensTimings!);
		expect(t.firstLive!).toBeGreaterThanOrEqual(t.ready!);
	});

	it('records query timings for the benchmark', async () => {
		const t = await opened.page.evaluate(() => window.__reformLensTimings);
		expect(t?.ready).toBeGreaterThan(0);
		expect(t?.queries.length).toBeGreaterThan(0);
		expect(t?.fetchedBytes).toBeGreaterThan(0);
	});

	it('loads one raw partition on demand, once, matching native DuckDB', async () => {
		const raw = manifest().tables.find((t) => t.table === 'dossiers');
		expect(raw, 'manifest has raw dossiers').toBeTruthy();
		const file = raw!.files.find((f) => f.rows > 0 && f.partition?.year && f.partition.province)!;
		const { year, province } = file.partition!;
		const before = opened.requests.length;
		await opened.page.evaluate((p) => window.__reformLensEngine!.loadRaw('dossiers', p), { year, province });
		await opened.page.evaluate((p) => window.__reformLensEngine!.loadRaw('dossiers', p), { year, province });
		const fetched = opened.requests.slice(before).filter((u) => u.includes('/data/dossiers/'));
		expect(fetched).toHaveLength(1);
		expect(fetched[0]).toContain(`year=${year}/province=${province}/`);
		const q: SqlQuery = {
			sql: `SELECT count(*) AS n, count(DISTINCT dossier_id) AS ids, min(received_at) AS first
			      FROM dossiers WHERE province_34 = ? AND year(received_at) = ?`,
			params: [province!, year!]
		};
		const got = await pageQuery(opened.page, q);
		expect(got).toEqual([{ ...(await oracle.run(q))[0] }]);
		expect(got[0].n).toBe(file.rows);
		const total = await pageQuery(opened.page, { sql: 'SELECT count(*) AS n FROM dossiers', params: [] });
		expect(total).toEqual([{ n: file.rows }]);
	});

	it('refuses to load a whole raw table', async () => {
		const message = await opened.page.evaluate(() =>
			window.__reformLensEngine!.loadRaw('dossiers', {}).then(
				() => 'loaded',
				(e: Error) => e.message
			)
		);
		expect(message).toMatch(/never loaded/);
	});
});

describe('every page stays on this origin', () => {
	// Each page boots its own DuckDB-WASM: allow time for a dozen boots on a busy machine.
	it('no page requests another origin, and none throws', { timeout: 900_000 }, async () => {
		for (const path of browsedPages()) {
			const p = await openPage(path);
			if (QUERIES_ON_LOAD.test(path))
				await waitForEngineReady(p.page).catch((error: unknown) => {
					throw new Error(`${path}: ${String(error)}; page errors: ${p.pageErrors.join(' | ')}`);
				});
			else await p.page.waitForLoadState('networkidle');
			expect(p.foreignRequests(), path).toEqual([]);
			expect(p.pageErrors, path).toEqual([]);
			await p.close();
		}
	});
});

describe('when WebAssembly cannot run', () => {
	const mainText = (page: Page) => page.evaluate(() => document.querySelector('main')?.innerText ?? '');
	/** The figures (numbers) the prerendered page shows without any JavaScript. */
	async function prerenderedFigures(path: string): Promise<string[]> {
		const p = await openPage(path, { javaScriptEnabled: false });
		const figures = (await mainText(p.page)).match(/\d[\d.,]*\d|\d/g) ?? [];
		await p.close();
		return figures;
	}

	async function expectCleanFailure(p: OpenedPage) {
		// Generous wait for page load on a busy machine; the engine's own time is checked below.
		await p.page.waitForFunction(() => document.documentElement.dataset.engine === 'error', undefined, {
			timeout: 30_000
		});
		const t = await p.page.evaluate(() => window.__reformLensTimings);
		expect(t?.failed, 'the failure time').toBeTypeOf('number');
		expect(t!.failed! - t!.bootStart!, 'ms from boot start to the error').toBeLessThan(10_000);
		// The page tells the reader (EngineStatus renders role="alert" on error).
		await p.page.locator('[data-testid="engine-status"] [role="alert"]').waitFor({ state: 'visible', timeout: 20_000 });
		const message = await p.page.evaluate(() => document.documentElement.dataset.engineMessage ?? '');
		expect(message.length).toBeGreaterThan(10);
		expect(p.foreignRequests()).toEqual([]);
		expect(p.pageErrors).toEqual([]);
		return message;
	}

	it('a CSP without wasm-unsafe-eval gives a clear error at once and keeps the prerendered page', async () => {
		const p = await openPage('/', {
			bootIdleMs: 10_000,
			prepare: async (_context, page) => {
				await page.route(/\/(index\.html)?(\?.*)?$/, async (route) => {
					const response = await route.fetch();
					const body = (await response.text()).replaceAll(" 'wasm-unsafe-eval'", '');
					await route.fulfill({ response, body });
				});
			}
		});
		const message = await expectCleanFailure(p);
		expect(message).toMatch(/WebAssembly/);
		const figures = await prerenderedFigures('/');
		expect(figures.length).toBeGreaterThan(3);
		const shown = await mainText(p.page);
		for (const f of figures) expect(shown).toContain(f);
		await p.close();
	});

	it('a missing .wasm file ends the boot with an error within 10 s', async () => {
		const p = await openPage('/', {
			bootIdleMs: 10_000,
			prepare: async (context) => {
				await context.route(/\.wasm(\?.*)?$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
			}
		});
		expect(await expectCleanFailure(p)).toMatch(/HTTP 404/);
		await p.close();
	});
});
