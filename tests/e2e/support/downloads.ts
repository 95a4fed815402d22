// Downloads from a frame's Download menu (ExportMenu), shared by the browser tests: open the
// menu, click an item (data-export), read the file; and the CSV's data lines without its '#' block.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Opens the frame's download menu and saves what `item` (data-export) produces. */
export async function download(page: Page, frame: string, item: string): Promise<{ name: string; bytes: Buffer }> {
	const menu = page.locator(`[data-testid="${frame}"] [data-testid="export-menu"]`).first();
	await menu.locator('summary').click();
	const [file] = await Promise.all([
		page.waitForEvent('download', { timeout: 20_000 }).catch(async (error: Error) => {
			// Say why: the menu shows what went wrong.
			throw new Error(`${error.message}; status: ${await page.locator(`[data-testid="${frame}"] .export-status`).allTextContents()}`);
		}),
		menu.locator(`[data-export="${item}"]`).click()
	]);
	const path = await file.path();
	return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** One CSV line split into fields (double quotes, doubled quotes inside). */
export function csvFields(line: string, separator: string): string[] {
	const fields: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (quoted) {
			if (c === '"' && line[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === separator) {
			fields.push(field);
			field = '';
		} else field += c;
	}
	fields.push(field);
	return fields;
}

/** The data lines of a downloaded CSV (the '#' block and the blank line skipped), header first. */
export function csvTable(text: string, separator: string): string[][] {
	return text
		.replace(/^\uFEFF/, '')
		.split('\r\n')
		.filter((l) => l !== '' && !l.startsWith('# '))
		.map((l) => csvFields(l, separator));
}

/** Half a unit of the last decimal a plain-CSV number was written with: how far it may be from the exact value. */
export function roundingTolerance(text: string): number {
	const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
	return 0.5 * 10 ** -decimals + 1e-12;
}
