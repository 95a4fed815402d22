// Every page in both languages: loads without console errors or exceptions, stays on this origin,
// and axe-core finds no accessibility violation of any impact, in the light and dark themes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, siteUrl } from './harness';
import { messages as core } from '../../src/lib/i18n/messages/core';
import { messages as overview } from '../../src/lib/i18n/messages/overview';
import { messages as rankings } from '../../src/lib/i18n/messages/rankings';
import { messages as pilots } from '../../src/lib/i18n/messages/pilots';
import { messages as trends } from '../../src/lib/i18n/messages/trends';
import { messages as quality } from '../../src/lib/i18n/messages/data-quality';
import { messages as methodology } from '../../src/lib/i18n/messages/methodology';
import { messages as explore } from '../../src/lib/i18n/messages/explore';

const PATHS = ['/', '/rankings/', '/pilots/', '/trends/', '/data-quality/', '/methodology/', '/explore/'];
const PAGES = [...PATHS, ...PATHS.map((p) => (p === '/' ? '/en/' : `/en${p}`))];

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: unknown[] }[];
}

/** Every violation, of any impact (minor and moderate too), as readable lines. */
async function axeViolations(page: Page): Promise<string[]> {
	// Evaluated through DevTools rather than a <script> tag: the site's CSP forbids inline scripts.
	await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
		const result = await axe.run(document, { resultTypes: ['violations'] });
		return result.violations;
	});
	return violations.map(
		(v) =>
			`${v.impact} ${v.id}: ${v.help} — ${v.nodes
				.slice(0, 3)
				.map((n) => JSON.stringify(n.target))
				.join(', ')}`
	);
}

describe('every page', () => {
	for (const path of PAGES) {
		it(`${path} loads cleanly and passes axe in both themes`, async () => {
			const p = await openPage(path);
			// Let the page hydrate and its charts draw before checking.
			await p.page.waitForLoadState('networkidle').catch(() => {});
			await p.page.waitForTimeout(500);
			expect(await axeViolations(p.page), `${path} light`).toEqual([]);
			await p.page.waitForSelector('[data-testid="theme-toggle"][data-ready="true"]');
			await p.page.getByTestId('theme-toggle').click();
			await p.page.waitForSelector('html[data-theme="dark"]');
			await p.page.waitForTimeout(300);
			expect(await axeViolations(p.page), `${path} dark`).toEqual([]);
			expect(p.consoleErrors, path).toEqual([]);
			expect(p.pageErrors, path).toEqual([]);
			expect(p.foreignRequests(), path).toEqual([]);
			await p.close();
		});
	}
});

describe('pages that run no query', () => {
	for (const path of ['/methodology/', '/data-quality/', '/en/methodology/', '/explore/']) {
		it(`${path} fetches neither the engine nor the data tables`, async () => {
			const p = await openPage(path);
			await p.page.waitForLoadState('networkidle').catch(() => {});
			await p.page.waitForTimeout(500);
			const heavy = p.requests.filter((u) => /\.wasm(\?|$)|\.parquet(\?|$)|duckdb/.test(u));
			expect(heavy, path).toEqual([]);
			expect(await p.page.evaluate(() => document.documentElement.dataset.engine ?? 'idle')).toBe('idle');
			await p.close();
		});
	}
});

describe('every string is translated in the prerendered pages', () => {
	// A page whose route forgot to register its area would show raw keys ("rankings.title").
	const keys = [core, overview, rankings, pilots, trends, quality, methodology, explore].flatMap((m) => Object.keys(m.vi));
	it('no page shows a message key instead of its text', async () => {
		for (const path of PAGES) {
			const html = await (await fetch(siteUrl() + path)).text();
			const text = html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' ');
			const shown = keys.filter((k) => new RegExp(`(^|\\s)${k.replaceAll('.', '\\.')}(\\s|$)`).test(text));
			expect(shown, path).toEqual([]);
		}
	});
});
