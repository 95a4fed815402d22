// The test server must answer Range requests exactly (hyparquet and DuckDB read byte ranges).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { cacheControl, chooseEncoding, parseRange, serveStatic, type StaticServer } from './static-server';

describe('parseRange', () => {
	it('handles closed, open, suffix, clamped and multiple ranges', () => {
		expect(parseRange('bytes=0-3', 10)).toEqual([{ start: 0, end: 3 }]);
		expect(parseRange('bytes=4-', 10)).toEqual([{ start: 4, end: 9 }]);
		expect(parseRange('bytes=-4', 10)).toEqual([{ start: 6, end: 9 }]);
		expect(parseRange('bytes=-40', 10)).toEqual([{ start: 0, end: 9 }]);
		expect(parseRange('bytes=8-100', 10)).toEqual([{ start: 8, end: 9 }]);
		expect(parseRange('bytes=0-1, 5-6', 10)).toEqual([
			{ start: 0, end: 1 },
			{ start: 5, end: 6 }
		]);
		expect(parseRange('bytes=10-', 10)).toBe('unsatisfiable');
		expect(parseRange('bytes=5-2', 10)).toBeNull();
		expect(parseRange('items=0-1', 10)).toBeNull();
	});
});

describe('chooseEncoding', () => {
	const both = () => true;
	it('prefers brotli, then gzip, honours q=0 and *, and never encodes a Range request', () => {
		expect(chooseEncoding('gzip, deflate, br', false, both)).toBe('br');
		expect(chooseEncoding('gzip, br;q=0', false, both)).toBe('gzip');
		expect(chooseEncoding('gzip', false, (ext) => ext === '.br')).toBeNull();
		expect(chooseEncoding('*', false, (ext) => ext === '.gz')).toBe('gzip');
		expect(chooseEncoding('identity', false, both)).toBeNull();
		expect(chooseEncoding(undefined, false, both)).toBeNull();
		expect(chooseEncoding('br', true, both)).toBeNull();
	});
	it('caches only hashed assets for long', () => {
		expect(cacheControl('/_app/immutable/chunks/a1b2.js')).toMatch(/immutable/);
		expect(cacheControl('/index.html')).toBe('no-cache');
		expect(cacheControl('/data/manifest.json')).toBe('no-cache');
	});
});

describe('serveStatic', () => {
	const dir = mkdtempSync(join(tmpdir(), 'rl-static-'));
	let server: StaticServer;
	beforeAll(async () => {
		mkdirSync(join(dir, 'en'));
		writeFileSync(join(dir, 'index.html'), '<h1>vi</h1>');
		writeFileSync(join(dir, 'en', 'index.html'), '<h1>en</h1>');
		writeFileSync(join(dir, 'f.parquet'), '0123456789');
		writeFileSync(join(dir, 'm.wasm'), 'wasm');
		const text = 'Hà Nội '.repeat(200);
		writeFileSync(join(dir, 'big.js'), text);
		writeFileSync(join(dir, 'big.js.br'), brotliCompressSync(text));
		writeFileSync(join(dir, 'big.js.gz'), gzipSync(text));
		server = await serveStatic(dir);
	});
	afterAll(async () => {
		await server.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('serves directory index files, redirects to the slash form, 404s the rest', async () => {
		expect(await (await fetch(server.url + '/')).text()).toBe('<h1>vi</h1>');
		expect(await (await fetch(server.url + '/en/')).text()).toBe('<h1>en</h1>');
		const r = await fetch(server.url + '/en', { redirect: 'manual' });
		expect(r.status).toBe(301);
		expect(r.headers.get('location')).toBe('/en/');
		expect((await fetch(server.url + '/nope.js')).status).toBe(404);
		expect((await fetch(server.url + '/../../etc/passwd')).status).toBe(404);
	});

	it("sends the site's own 404.html, with status 404, when the build has one", async () => {
		writeFileSync(join(dir, '404.html'), '<h1>404</h1>');
		const r = await fetch(server.url + '/a/b/nope/');
		expect(r.status).toBe(404);
		expect(r.headers.get('content-type')).toMatch(/text\/html/);
		expect(await r.text()).toBe('<h1>404</h1>');
		rmSync(join(dir, '404.html'));
		expect(await (await fetch(server.url + '/a/b/nope/')).text()).toBe('Not found');
	});

	it('sends the right MIME types and Range answers', async () => {
		expect((await fetch(server.url + '/m.wasm')).headers.get('content-type')).toBe('application/wasm');
		const suffix = await fetch(server.url + '/f.parquet', { headers: { range: 'bytes=-4' } });
		expect(suffix.status).toBe(206);
		expect(suffix.headers.get('content-range')).toBe('bytes 6-9/10');
		expect(await suffix.text()).toBe('6789');
		const mid = await fetch(server.url + '/f.parquet', { headers: { range: 'bytes=2-4' } });
		expect(await mid.text()).toBe('234');
		expect((await fetch(server.url + '/f.parquet', { headers: { range: 'bytes=20-' } })).status).toBe(416);
		const multi = await fetch(server.url + '/f.parquet', { headers: { range: 'bytes=0-1,8-9' } });
		expect(multi.headers.get('content-type')).toMatch(/^multipart\/byteranges; boundary=/);
		const body = await multi.text();
		expect(body).toContain('content-range: bytes 0-1/10\r\n\r\n01');
		expect(body).toContain('content-range: bytes 8-9/10\r\n\r\n89');
		const head = await fetch(server.url + '/f.parquet', { method: 'HEAD' });
		expect(head.headers.get('content-length')).toBe('10');
		expect(head.headers.get('accept-ranges')).toBe('bytes');
	});

	it('sends the precompressed file the client accepts, with its length, and the plain bytes for a range', async () => {
		const text = 'Hà Nội '.repeat(200);
		const br = await fetch(server.url + '/big.js', { headers: { 'accept-encoding': 'br' } });
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(br.headers.get('vary')).toBe('Accept-Encoding');
		expect(Number(br.headers.get('content-length'))).toBeLessThan(Buffer.byteLength(text));
		expect(await br.text()).toBe(text);
		const gz = await fetch(server.url + '/big.js', { headers: { 'accept-encoding': 'gzip' } });
		expect(gz.headers.get('content-encoding')).toBe('gzip');
		expect(await gz.text()).toBe(text);
		const plain = await fetch(server.url + '/big.js', { headers: { 'accept-encoding': 'identity' } });
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(await plain.text()).toBe(text);
		const range = await fetch(server.url + '/big.js', { headers: { 'accept-encoding': 'br', range: 'bytes=0-0' } });
		expect(range.status).toBe(206);
		expect(range.headers.get('content-encoding')).toBeNull();
		expect(await range.text()).toBe('H');
	});
});
