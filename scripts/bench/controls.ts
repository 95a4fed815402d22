// The controls the benchmark changes on a view, found by their data-testids (not by path, so a
// view is covered as soon as it has them): each select of the shared filter bar and of the page's
// own controls (to another value and back), the /trends/ province picker (add two, remove them),
// the /rankings/ highlight search (pick, clear) and the /pilots/ peer group (drop a peer, put it
// back). Every change is made through `change`, which measures it.
import type { Locator, Page } from 'playwright-core';
import type { ControlGroup } from './change-outcome';

/** Measures one change: `act` must fire the user input (select, click, key). */
export type Change = (group: ControlGroup, name: string, act: () => Promise<void>) => Promise<void>;

export const FILTER_BAR = '[data-testid="filter-bar"]';
export const PAGE_CONTROLS = ['trend-controls', 'rankings-controls', 'pilots-controls'].map((id) => `[data-testid="${id}"]`).join(', ');
/** Selects with their own driver below (not "another value and back"). */
const SPECIAL_SELECTS = new Set(['trend-add-province']);

/** The value to switch a select to: the middle one of the others (undefined: none). */
export function otherValue(values: readonly string[], current: string): string | undefined {
	const others = values.filter((v) => v !== current);
	return others[Math.floor((others.length - 1) / 2)];
}

/** A select's short name: its data-testid, else its id without the component prefix ("s3-ch" → "ch"). */
export function selectName(testid: string | null, id: string): string | null {
	if (testid) return testid;
	const key = id.replace(/^[^-]*-/, '');
	return key || null;
}

/** Each enabled select of `container`: changed to another value, then back. */
export async function changeSelects(container: Locator, group: ControlGroup, change: Change): Promise<void> {
	if (!(await container.count())) return;
	const found = await container
		.first()
		.locator('select')
		.evaluateAll((els) => els.map((el) => ({ testid: el.getAttribute('data-testid'), id: el.id })));
	for (const { testid, id } of found) {
		const name = selectName(testid, id);
		if (!name || (testid && SPECIAL_SELECTS.has(testid))) continue;
		// Found again each time: a select may come and go with the other choices.
		const select = container.first().locator(testid ? `select[data-testid="${testid}"]` : `select[id="${id}"]`);
		if (!(await select.count()) || (await select.isDisabled())) continue;
		const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
		const current = await select.inputValue();
		const other = otherValue(values, current);
		if (other === undefined) continue;
		for (const value of [other, current])
			await change(group, `${name} → ${value || "''"}`, () => select.selectOption(value).then(() => {}));
	}
}

/** /trends/: add two provinces to the comparison, then remove them (last first). */
export async function changeProvinces(page: Page, change: Change): Promise<void> {
	const add = page.locator('[data-testid="trend-add-province"]');
	if (!(await add.count())) return;
	const values = (await add.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).filter(Boolean);
	const preferred = ['01', '79'].filter((v) => values.includes(v)); // Hà Nội, Hồ Chí Minh
	const picks = [...preferred, ...values.filter((v) => !preferred.includes(v))].slice(0, 2);
	const added: string[] = [];
	for (const code of picks) {
		if (!(await add.count())) break; // the comparison is full
		await change('page controls', `province + ${code}`, () => add.selectOption(code).then(() => {}));
		added.push(code);
	}
	for (const code of added.reverse()) {
		const remove = page.locator('[data-testid="trend-chosen"] li').last().getByRole('button');
		await change('page controls', `province − ${code}`, () => remove.click());
	}
}

/** /rankings/: highlight a province found by typing (Enter picks the first match), then clear it. */
export async function changeHighlight(page: Page, change: Change, settle: () => Promise<void>): Promise<void> {
	const box = page.locator('[data-testid="rankings-highlight"]');
	const input = box.locator('input[type="search"]');
	if (!(await input.count()) || (await input.isDisabled())) return;
	await input.fill('ha noi');
	await settle(); // the matches listed while typing are not the change measured
	if (!(await box.locator('ul button').count())) return;
	await change('page controls', 'highlight → ha noi', () => input.press('Enter'));
	const clear = box.locator('p:has([data-testid="rankings-highlighted"]) button');
	if (await clear.count()) await change('page controls', 'highlight → none', () => clear.click());
}

/** /pilots/: with the peer comparator, drop one peer from the group and put it back. */
export async function changePeers(page: Page, change: Change, settle: () => Promise<void>): Promise<void> {
	const cmp = page.locator('[data-testid="pilots-comparator"]');
	if (!(await cmp.count()) || (await cmp.isDisabled())) return;
	const current = await cmp.inputValue();
	if (current !== 'peers') await change('page controls', 'pilots-comparator → peers', () => cmp.selectOption('peers').then(() => {}));
	const peers = page.locator('[data-testid="pilots-peers"]');
	if (await peers.count()) {
		if (!(await peers.evaluate((d) => (d as HTMLDetailsElement).open))) {
			await peers.locator('summary').click();
			await settle();
		}
		const code = await peers.locator('input[type="checkbox"]:checked').first().getAttribute('value');
		if (code && (await peers.locator('input[type="checkbox"]:checked').count()) > 1) {
			const box = peers.locator(`input[type="checkbox"][value="${code}"]`);
			await change('page controls', `peer − ${code}`, () => box.uncheck());
			await change('page controls', `peer + ${code}`, () => box.check());
		}
	}
	if (current !== 'peers') await change('page controls', `pilots-comparator → ${current}`, () => cmp.selectOption(current).then(() => {}));
}
