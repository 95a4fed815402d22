// One cold page load in a fresh Chromium, and the latency of each control change on a view.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { EngineTimings } from '../../src/lib/data/timings';
import type {} from '../../src/lib/data/duckdb-boot';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/support/chromium';
import { changeOutcome, type ChangeResult } from './change-outcome';
import { changeHighlight, changePeers, changeProvinces, changeSelects, FILTER_BAR, PAGE_CONTROLS, type Change } from './controls';
import { activity, resetProbe, snapshot } from './probe';
import { rendererMemory } from './processes';

export interface LoadResult {
	fcp: number | null; // first contentful paint: the prerendered numbers
	wasmLoaded: number | null; // DuckDB's .wasm downloaded
	engineReady: number | null; // DuckDB-WASM open
	ready: number | null; // DuckDB open and the first query's tables inserted
	firstLive: number | null; // first live result drawn
	bytes: number; // response bodies of the page and its workers, as sent (encoded)
	rendererBytes: number | null;
	/** The same page again in the same profile (HTTP cache and compiled-WASM cache warm). */
	repeatFirstLive: number | null;
	error: string | null;
}

/** The bare engine page (bare-engine.ts) or a page that should run no query. */
export interface PlainLoadResult {
	ready: number | null; // bare engine: SELECT 42 answered
	bytes: number;
	wasmBytes: number; // bytes of .wasm responses
	rendererBytes: number | null;
	error: string | null;
}

export interface ViewResult {
	path: string;
	changes: ChangeResult[];
}

/** A fresh browser profile per run: a cold load (no HTTP cache, no compiled-WASM cache). */
export async function withFreshBrowser<T>(fn: (context: BrowserContext, userDataDir: string) => Promise<T>): Promise<T> {
	assertChromium();
	const userDataDir = mkdtempSync(join(tmpdir(), 'reform-lens-bench-'));
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS,
		headless: true,
		viewport: { width: 1280, height: 900 },
		locale: 'vi-VN'
	});
	// Users get a 10 s boot watchdog; on a shared, overloaded machine a boot can be slower
	// without hanging, and the benchmark wants its time rather than an error.
	await context.addInitScript(() => {
		window.__reformLensBootIdleMs = 120_000;
	});
	try {
		return await fn(context, userDataDir);
	} finally {
		await context.close().catch(() => {});
		rmSync(userDataDir, { recursive: true, force: true });
	}
}

const timingsOf = (page: Page) => page.evaluate(() => window.__reformLensTimings ?? null) as Promise<EngineTimings | null>;

async function waitFor(page: Page, predicate: (t: EngineTimings | null, stage: string) => boolean, timeoutMs: number) {
	const end = Date.now() + timeoutMs;
	for (;;) {
		const [t, stage] = await Promise.all([timingsOf(page), page.evaluate(() => document.documentElement.dataset.engine ?? 'idle')]);
		if (predicate(t, stage) || stage === 'error' || Date.now() > end) return { t, stage };
		await page.waitForTimeout(100);
	}
}

/** Counts the encoded bytes of every response of the context (pages and workers), and of .wasm. */
function countBytes(context: BrowserContext): { total: () => number; wasm: () => number } {
	let total = 0;
	let wasm = 0;
	context.on('requestfinished', (r) => {
		void r.sizes().then(
			(s) => {
				total += s.responseBodySize;
				if (/\.wasm(\?|$)/.test(r.url())) wasm += s.responseBodySize;
			},
			() => {}
		);
	});
	return { total: () => total, wasm: () => wasm };
}

export async function coldLoad(siteUrl: string, path: string): Promise<LoadResult> {
	return withFreshBrowser(async (context, userDataDir) => {
		const counted = countBytes(context);
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(siteUrl + path, { waitUntil: 'load' });
		const { t, stage } = await waitFor(page, (t) => t?.firstLive !== undefined, 90_000);
		await page.waitForTimeout(300); // let the last responses finish counting
		const bytes = counted.total();
		const rendererBytes = rendererMemory(userDataDir);
		const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
		const message = await page.evaluate(() => document.documentElement.dataset.engineMessage ?? null);
		// A repeat visit: a new tab of the same profile, after the first one is closed.
		await page.close();
		const again = await context.newPage();
		await again.goto(siteUrl + path, { waitUntil: 'load' });
		const repeat = await waitFor(again, (t) => t?.firstLive !== undefined, 90_000);
		return {
			fcp,
			wasmLoaded: t?.wasmLoaded ?? null,
			engineReady: t?.engineReady ?? null,
			ready: t?.ready ?? null,
			firstLive: t?.firstLive ?? null,
			bytes,
			rendererBytes,
			repeatFirstLive: repeat.t?.firstLive ?? null,
			error: stage === 'error' ? message : t?.firstLive === undefined ? 'no live result within 90 s' : null
		};
	});
}

/**
 * A cold load of a page that is not the dashboard's: the bare engine (waits for its answer) or a
 * page that should run no query (waits for the network to be idle).
 */
export async function plainLoad(siteUrl: string, path: string, bare: boolean): Promise<PlainLoadResult> {
	return withFreshBrowser(async (context, userDataDir) => {
		const counted = countBytes(context);
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(siteUrl + path, { waitUntil: 'load' });
		let ready: number | null = null;
		let error: string | null = null;
		if (bare) {
			const handle = await page
				.waitForFunction(() => (window as unknown as { __bareEngine?: { ready: number } }).__bareEngine?.ready, undefined, {
					timeout: 90_000
				})
				.catch((e: unknown) => ((error = String(e)), null));
			ready = handle ? Number(await handle.jsonValue()) : null;
		} else await page.waitForLoadState('networkidle');
		await page.waitForTimeout(300);
		return { ready, bytes: counted.total(), wasmBytes: counted.wasm(), rendererBytes: rendererMemory(userDataDir), error };
	});
}

/**
 * Waits until no query runs and nothing (query, chart draw, DOM change) happened for `quietMs`;
 * false if the page was still busy after `timeoutMs`.
 */
export async function settle(page: Page, quietMs = 600, timeoutMs = 60_000): Promise<boolean> {
	const end = Date.now() + timeoutMs;
	let last = '';
	let quietSince = Date.now();
	while (Date.now() < end) {
		const { pending, key } = await activity(page);
		if (key !== last || pending > 0) {
			last = key;
			quietSince = Date.now();
		} else if (Date.now() - quietSince >= quietMs) return true;
		await page.waitForTimeout(50);
	}
	return false;
}

/**
 * Changes each control of a view in turn (the shared filter bar's, then the page's own) and
 * measures each change: queries, answered, redrawn (see change-outcome.ts). The context must
 * have the probe installed (installProbe).
 */
export async function changeLatency(context: BrowserContext, siteUrl: string, path: string): Promise<ViewResult> {
	const page = await context.newPage();
	const result: ViewResult = { path, changes: [] };
	try {
		await page.goto(siteUrl + path, { waitUntil: 'load' });
		await waitFor(page, (_t, stage) => stage === 'ready', 90_000);
		await settle(page);
		const quiet = () => settle(page).then(() => {});
		const change: Change = async (group, name, act) => {
			await resetProbe(page);
			await act();
			if (!(await settle(page))) console.warn(`${path} ${name}: still busy after 60 s, measured so far`);
			result.changes.push(changeOutcome(group, name, await snapshot(page)));
		};
		await changeSelects(page.locator(FILTER_BAR), 'filter bar', change);
		await changeSelects(page.locator(PAGE_CONTROLS), 'page controls', change);
		await changeProvinces(page, change);
		await changeHighlight(page, change, quiet);
		await changePeers(page, change, quiet);
	} finally {
		await page.close();
	}
	return result;
}
