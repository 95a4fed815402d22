// The JavaScript a page needs before it is interactive: the modules its HTML preloads and the
// entry modules its start script imports, as gzip bytes (what a server sends; brotli is smaller).
// Modules loaded later by import() (DuckDB, charts drawn on demand) are not counted.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Site-relative paths of the JS an HTML page preloads or imports from its inline start script. */
export function initialModules(html: string): string[] {
	const paths = new Set<string>();
	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		const tag = m[0];
		if (!/\brel="modulepreload"/.test(tag)) continue;
		const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
		if (href) paths.add(href);
	}
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) paths.add(m[1]);
	for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) paths.add(m[1]);
	return [...paths];
}

/** gzip bytes of those modules for the page at `htmlFile` (paths resolved against its folder). */
export function initialJsBytes(htmlFile: string): { files: number; gzipBytes: number } {
	const html = readFileSync(htmlFile, 'utf8');
	let gzipBytes = 0;
	const modules = initialModules(html);
	for (const rel of modules) {
		const file = normalize(join(dirname(htmlFile), rel.replace(/^\//, '')));
		if (!existsSync(file)) throw new Error(`${htmlFile} refers to ${rel}, which is not in the build`);
		const gz = `${file}.gz`;
		gzipBytes += existsSync(gz) ? readFileSync(gz).length : gzipSync(readFileSync(file), { level: 9 }).length;
	}
	return { files: modules.length, gzipBytes };
}
