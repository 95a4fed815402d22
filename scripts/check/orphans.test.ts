import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findOrphans, importSpecifiers, resolveSpecifier } from './orphans';
import { tempDir } from '../import/test-support';

function tree(files: Record<string, string>): string {
	const root = tempDir('orphans-');
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

describe('orphans', () => {
	it('reads static, type-only, dynamic and side-effect imports', () => {
		const text = `import a from './a';\nimport type { B } from "$lib/b";\nexport { c } from '../c';\nconst d = await import('./d');\nimport './e.css';`;
		expect(importSpecifiers(text)).toEqual(['./a', '$lib/b', '../c', './d', './e.css']);
	});

	it("reads a worker's entry given as new URL(…, import.meta.url)", () => {
		const text = `const w = new Worker(new URL('./decode-worker.ts', import.meta.url), { type: 'module' });\nconst u = new URL('./not-code', location.href);`;
		expect(importSpecifiers(text)).toEqual(['./decode-worker.ts']);
	});

	it('resolves $lib and relative specifiers to files, packages to null', () => {
		const root = tree({ 'src/lib/x/y.ts': '', 'src/lib/z.svelte': '' });
		expect(resolveSpecifier(root, 'src/lib/x/w.ts', './y')).toBe('src/lib/x/y.ts');
		expect(resolveSpecifier(root, 'src/routes/+page.svelte', '$lib/z.svelte')).toBe('src/lib/z.svelte');
		expect(resolveSpecifier(root, 'src/lib/x/w.ts', 'echarts/core')).toBeNull();
	});

	it('reports a module only its test imports, and one nothing imports; keeps what routes, globs and scripts reach', () => {
		const root = tree({
			'src/routes/+page.svelte': `<script>import { a } from '$lib/a';</script>`,
			'src/lib/a.ts': `import { b } from './b';\nconst m = import.meta.glob('./msg/*.ts', { eager: true });`,
			'src/lib/b.ts': '',
			'src/lib/msg/vi.ts': '',
			'src/lib/only-tested.ts': '',
			'src/lib/only-tested.test.ts': `import { x } from './only-tested';`,
			'src/lib/unused.ts': '',
			'src/lib/used-by-script.ts': '',
			'scripts/tool.ts': `import '../src/lib/used-by-script';`
		});
		expect(findOrphans(root)).toEqual(['src/lib/only-tested.ts', 'src/lib/unused.ts']);
	});
});
