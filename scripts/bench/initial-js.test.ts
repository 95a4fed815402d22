import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { initialJsBytes, initialModules } from './initial-js';
import { tempDir } from '../import/test-support';

const HTML = `<html><head>
<link href="./_app/a.js" rel="modulepreload">
<link rel="stylesheet" href="./_app/x.css">
<script src="./theme.js"></script>
</head><body><script>Promise.all([import("./_app/start.js"), import("./_app/a.js")])</script></body></html>`;

describe('initial JS', () => {
	it('lists preloaded, imported and script modules once each, not stylesheets', () => {
		expect(initialModules(HTML).sort()).toEqual(['./_app/a.js', './_app/start.js', './theme.js']);
	});

	it('sums their gzip sizes, and refuses a module missing from the build', () => {
		const dir = tempDir('initial-js-');
		mkdirSync(join(dir, '_app'));
		const files = { '_app/a.js': 'export const a = 1;'.repeat(50), '_app/start.js': 'console.log(1)', 'theme.js': 'x' };
		for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
		writeFileSync(join(dir, 'index.html'), HTML);
		const expected = Object.values(files).reduce((n, t) => n + gzipSync(t, { level: 9 }).length, 0);
		expect(initialJsBytes(join(dir, 'index.html'))).toEqual({ files: 3, gzipBytes: expected });
		writeFileSync(join(dir, 'index.html'), HTML.replace('./theme.js', './gone.js'));
		expect(() => initialJsBytes(join(dir, 'index.html'))).toThrow(/gone\.js, which is not in the build/);
	});
});
