// Finds modules under src/ that no product code imports: a file that only its own test reaches
// is code the product does not run (issue: tests that cover dead code, while the live copy goes
// untested). Entry points are SvelteKit's own (routes, hooks, params, app.*), test files and test
// support; everything else must be reachable from one of them through non-test imports.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

// Static, dynamic and side-effect imports, and `new URL('./x.ts', import.meta.url)` (a worker's
// entry, which Vite bundles like an import).
const IMPORT_RE =
	/(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]|new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g;
const EXTENSIONS = ['', '.ts', '.js', '.svelte', '.svelte.ts', '/index.ts', '/index.js'];

export function isTestFile(path: string): boolean {
	return (
		/\.test\.ts$/.test(path) ||
		/(^|\/)(test-support|testing|fixtures)\//.test(path) ||
		/\.fixture\.ts$/.test(path) ||
		/-fixture\.ts$/.test(path)
	);
}

/** SvelteKit loads these by convention: no import points at them. */
export function isEntryPoint(path: string): boolean {
	return /^src\/routes\//.test(path) || /^src\/(hooks\.(server|client)|app)\.(ts|html|d\.ts)$/.test(path) || /^src\/params\//.test(path);
}

/** The import specifiers of a module's text (static, dynamic, side-effect, worker URL). */
export function importSpecifiers(text: string): string[] {
	const out: string[] = [];
	for (const m of text.matchAll(IMPORT_RE)) out.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
	return out;
}

const GLOB_RE = /import\.meta\.glob(?:<[^>]*>)?\(\s*['"]([^'"]+)['"]/g;

/** The files an `import.meta.glob('./dir/*.ts')` of `fromFile` takes (one `*` in the last segment). */
export function globTargets(root: string, fromFile: string, text: string): string[] {
	const out: string[] = [];
	for (const m of text.matchAll(GLOB_RE)) {
		const pattern = resolve(dirname(join(root, fromFile)), m[1]);
		const dir = dirname(pattern);
		if (!existsSync(dir)) continue;
		const re = new RegExp(
			`^${basename(pattern)
				.replace(/[.+^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '[^/]*')}$`
		);
		for (const name of readdirSync(dir)) if (re.test(name)) out.push(relative(root, join(dir, name)));
	}
	return out;
}

/** Resolves `$lib/…` and relative specifiers to a file under `root`; packages give null. */
export function resolveSpecifier(root: string, fromFile: string, spec: string): string | null {
	let base: string;
	if (spec.startsWith('$lib/') || spec === '$lib') base = join(root, 'src/lib', spec.slice(5));
	else if (spec.startsWith('.')) base = resolve(dirname(join(root, fromFile)), spec);
	else return null;
	const clean = base.replace(/\?.*$/, '');
	for (const ext of EXTENSIONS) {
		const candidate = clean + ext;
		if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate);
	}
	// `./x.js` written for `./x.ts` (TS's ESM convention).
	const ts = clean.replace(/\.js$/, '.ts');
	return existsSync(ts) ? relative(root, ts) : null;
}

function walk(dir: string, root: string, out: string[]): void {
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		if (e.isDirectory()) walk(p, root, out);
		else if (/\.(ts|js|svelte)$/.test(e.name)) out.push(relative(root, p));
	}
}

/** The src/ modules (not tests, not entry points) that no product module reaches. */
export function findOrphans(root: string, extraEntries: string[] = []): string[] {
	const files: string[] = [];
	walk(join(root, 'src'), root, files);
	// Product code outside src/ (scripts, the benchmark) also keeps a src module alive.
	const outside: string[] = [];
	if (existsSync(join(root, 'scripts'))) walk(join(root, 'scripts'), root, outside);
	const entries = [...files.filter((f) => isEntryPoint(f)), ...outside.filter((f) => !isTestFile(f)), ...extraEntries];
	const reached = new Set<string>();
	const queue = [...entries];
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (reached.has(file)) continue;
		reached.add(file);
		const text = readFileSync(join(root, file), 'utf8');
		const targets = [...importSpecifiers(text).map((spec) => resolveSpecifier(root, file, spec)), ...globTargets(root, file, text)];
		for (const target of targets) if (target && !reached.has(target) && !isTestFile(target)) queue.push(target);
	}
	return files.filter((f) => !isTestFile(f) && !isEntryPoint(f) && !reached.has(f) && !f.endsWith('.d.ts')).sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const orphans = findOrphans(process.cwd());
	if (orphans.length > 0) {
		console.error(`Modules under src/ that no product code imports (only tests, or nothing):\n  ${orphans.join('\n  ')}`);
		process.exitCode = 1;
	} else console.log('orphans: every module under src/ is used by the product');
}
