import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { brotliQuality, isCompressible, precompressSite } from './precompress';
import { tempDir } from '../import/test-support';

describe('precompressSite', () => {
	it('writes .br and .gz that decode to the file, for compressible files of 1 KiB or more only', async () => {
		const dir = tempDir('precompress-');
		const cache = join(tempDir('precompress-cache-'), 'c');
		mkdirSync(join(dir, '_app'));
		const html = '<p>Hà Nội</p>'.repeat(200);
		const big = Buffer.from('x'.repeat(300 * 1024));
		writeFileSync(join(dir, 'index.html'), html);
		writeFileSync(join(dir, '_app', 'tiny.js'), 'let a=1');
		writeFileSync(join(dir, '_app', 'big.wasm'), big);
		writeFileSync(join(dir, 'cube.parquet'), Buffer.alloc(4096, 7));
		const result = await precompressSite(dir, cache);
		expect(result.files).toBe(2);
		expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(html);
		expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toBe(html);
		expect(brotliDecompressSync(readFileSync(join(dir, '_app', 'big.wasm.br')))).toEqual(big);
		expect(existsSync(join(dir, '_app', 'tiny.js.br'))).toBe(false);
		expect(existsSync(join(dir, 'cube.parquet.br'))).toBe(false);
		// Only the large file is cached, by content hash; a second run reuses it.
		expect(readdirSync(cache).sort()).toHaveLength(2);
		const again = await precompressSite(dir, cache);
		expect(again.files).toBe(2);
		expect(brotliDecompressSync(readFileSync(join(dir, '_app', 'big.wasm.br')))).toEqual(big);
	});

	it('chooses by extension and size, and the quality by size', () => {
		expect(isCompressible('a/b.wasm', 2048)).toBe(true);
		expect(isCompressible('a/b.JS', 2048)).toBe(true);
		expect(isCompressible('a/b.parquet', 1 << 20)).toBe(false);
		expect(isCompressible('a/b.css', 100)).toBe(false);
		expect(brotliQuality(1000)).toBe(11);
		expect(brotliQuality(30 << 20)).toBe(10);
	});
});
