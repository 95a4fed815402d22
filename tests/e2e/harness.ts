// Browser test harness: Debian Chromium driven by playwright-core against the built site,
// served by scripts/serve/static-server.ts (started once in support/global-setup.ts).
//
//   import { openPage, waitForEngineReady, openOracle } from './harness';
//   const p = await openPage('/en/rankings/');
//   await waitForEngineReady(p.page);
//   expect(p.foreignRequests()).toEqual([]);
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium';
import { openDataDir, type NativeDb } from '../../src/lib/server/native-db';
// The pages' window hooks (__reformLensEngine, __reformLensTimings, __reformLensBootIdleMs).
import type {} from '../../src/lib/data/engine';
import type {} from '../../src/lib/data/duckdb-boot';

export { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium';

/** Launches Debian's Chromium (fresh profile: Playwright gives every launch its own temp user-data-dir). */
export async function launchBrowser(): Promise<Browser> {
	assertChromium();
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
}

let browser: Promise<Browser> | undefined;
const contexts = new Set<BrowserContext>();

/** One browser per test file, closed after the file's tests. */
export function sharedBrowser(): Promise<Browser> {
	browser ??= launchBrowser();
	return browser;
}

afterAll(async () => {
	for (const c of contexts) await c.close().catch(() => {});
	contexts.clear();
	if (browser) {
		const b = browser;
		browser = undefined;
		await (await b).close().catch(() => {});
	}
});

/** Base URL of the served build, e.g. http://127.0.0.1:41234 (no trailing slash). */
export function siteUrl(): string {
	return inject('siteUrl');
}

/** Folder of the built site being served. */
export function siteDir(): string {
	return inject('siteDir');
}

export interface OpenedPage {
	page: Page;
	context: BrowserContext;
	/** console.error messages. */
	consoleErrors: string[];
	/** Uncaught exceptions and unhandled rejections in the page. */
	pageErrors: string[];
	/** Every request URL of the page and its workers, in order. */
	requests: string[];
	/** Requests to any origin other than the site's (should always be empty). */
	foreignRequests(): string[];
	/** Requests that failed (network error or HTTP ≥ 400), as "status url". */
	failedRequests: string[];
	close(): Promise<void>;
}

export interface OpenPageOptions {
	/** Called before navigation, e.g. to route-intercept files. */
	prepare?: (context: BrowserContext, page: Page) => Promise<void>;
	/** Playwright waitUntil; default 'load'. */
	waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
	/** Browser locale; default 'vi-VN'. */
	locale?: string;
	/** false: only the prerendered HTML (no hydration, no engine). */
	javaScriptEnabled?: boolean;
	viewport?: { width: number; height: number };
	/**
	 * How long DuckDB-WASM may stay silent while booting before the page reports an error.
	 * Default 60 s here (tests share a busy 2-core machine); users get 10 s.
	 */
	bootIdleMs?: number;
}

/** Opens a site path (e.g. '/en/rankings/') in a fresh context, recording errors and requests. */
export async function openPage(path: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
	const b = await sharedBrowser();
	const context = await b.newContext({
		locale: options.locale ?? 'vi-VN',
		viewport: options.viewport ?? { width: 1280, height: 900 },
		serviceWorkers: 'block',
		javaScriptEnabled: options.javaScriptEnabled ?? true
	});
	contexts.add(context);
	const page = await context.newPage();
	const origin = new URL(siteUrl()).origin;
	const consoleErrors: string[] = [];
	const pageErrors: string[] = [];
	const requests: string[] = [];
	const failedRequests: string[] = [];
	// Context-level events also cover the DuckDB worker's requests.
	context.on('request', (r: Request) => requests.push(r.url()));
	context.on('requestfailed', (r: Request) => failedRequests.push(`failed ${r.url()} ${r.failure()?.errorText ?? ''}`));
	context.on('response', (r) => {
		if (r.status() >= 400) failedRequests.push(`${r.status()} ${r.url()}`);
	});
	page.on('console', (m) => {
		if (m.type() === 'error') consoleErrors.push(m.text());
	});
	page.on('pageerror', (e) => pageErrors.push(String(e)));
	await context.addInitScript((ms: number) => {
		window.__reformLensBootIdleMs = ms;
	}, options.bootIdleMs ?? 60_000);
	if (options.prepare) await options.prepare(context, page);
	await page.goto(siteUrl() + path, { waitUntil: options.waitUntil ?? 'load' });
	return {
		page,
		context,
		consoleErrors,
		pageErrors,
		requests,
		failedRequests,
		foreignRequests: () =>
			requests.filter((u) => {
				if (u.startsWith('data:') || u.startsWith('blob:') || u.startsWith('about:')) return false;
				return new URL(u).origin !== origin;
			}),
		close: async () => {
			contexts.delete(context);
			await context.close();
		}
	};
}

/**
 * Waits for the browser engine: <html data-engine="ready"> (set by src/lib/data/engine-status).
 * Throws with the engine's message if it reports an error. The engine boots when the page's first
 * liveQuery runs; a page without any never becomes ready.
 */
export async function waitForEngineReady(page: Page, timeoutMs = 120_000): Promise<void> {
	const handle = await page.waitForFunction(
		() => {
			const s = document.documentElement.dataset.engine;
			return s === 'ready' || s === 'error' ? s : false;
		},
		undefined,
		{ timeout: timeoutMs }
	);
	if ((await handle.jsonValue()) === 'error') {
		const message = await page.evaluate(() => document.documentElement.dataset.engineMessage ?? '');
		throw new Error(`The browser engine failed: ${message}`);
	}
}

/** The engine's stage as the page reports it ('idle' when nothing booted it yet). */
export function engineStage(page: Page): Promise<string> {
	return page.evaluate(() => document.documentElement.dataset.engine ?? 'idle');
}

/** Data folder the site was built from (same rule as scripts/sync-static-data.ts). */
export function dataDir(): string {
	return process.env.REFORM_LENS_DATA ?? 'data';
}

/** Native DuckDB over the same data (cubes + reference; raw too if asked), for test oracles. */
export function openOracle(withRaw = false): Promise<NativeDb> {
	return openDataDir(dataDir(), withRaw);
}
