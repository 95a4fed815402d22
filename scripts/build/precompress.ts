// Writes `x.br` and `x.gz` beside every compressible file of the built site, so a server can
// send them as they are (nginx `brotli_static on; gzip_static on;`, or `npm start`'s server)
// instead of compressing on every request, or not at all. DuckDB's 33 MB `.wasm` is 5 MB as
// brotli: most of a first visit's bytes.
//
// Brotli at quality 10 takes about a minute for the `.wasm` on two cores, so results are kept
// in node_modules/.cache by content hash: the engine only changes with a package update.
// Usage: tsx scripts/build/precompress.ts [build]

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.txt', '.csv', '.xml', '.webmanifest']);
/** Smaller files gain too little to be worth a second request path. */
const MIN_BYTES = 1024;
const CACHE_FROM_BYTES = 256 * 1024;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export function isCompressible(path: string, size: number): boolean {
	return size >= MIN_BYTES && COMPRESSIBLE.has(extname(path).toLowerCase());
}

/** Quality 11 is brotli's best, but ~4 min for the `.wasm`; 10 is 2 % larger in a quarter of the time. */
export function brotliQuality(size: number): number {
	return size > 1024 * 1024 ? 10 : 11;
}

export async function compressBoth(bytes: Buffer): Promise<{ br: Buffer; gz: Buffer }> {
	const [br, gzBytes] = await Promise.all([
		brotli(bytes, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: brotliQuality(bytes.length),
				[constants.BROTLI_PARAM_LGWIN]: 24,
				[constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
			}
		}),
		gz(bytes, { level: 9 })
	]);
	return { br, gz: gzBytes };
}

function filesOf(dir: string, out: string[] = []): string[] {
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		if (e.isDirectory()) filesOf(p, out);
		else out.push(p);
	}
	return out;
}

/** Compresses the site in `dir`; returns the bytes before and after (brotli), for the log. */
export async function precompressSite(dir: string, cacheDir?: string): Promise<{ files: number; raw: number; br: number }> {
	const targets = filesOf(dir).filter((f) => !f.endsWith('.br') && !f.endsWith('.gz') && isCompressible(f, statSync(f).size));
	let raw = 0;
	let brBytes = 0;
	const work = targets.map(async (file) => {
		const bytes = readFileSync(file);
		let out: { br: Buffer; gz: Buffer } | undefined;
		const key = cacheDir && bytes.length >= CACHE_FROM_BYTES ? createHash('sha256').update(bytes).digest('hex') : undefined;
		if (key && existsSync(join(cacheDir!, `${key}.br`)) && existsSync(join(cacheDir!, `${key}.gz`)))
			out = { br: readFileSync(join(cacheDir!, `${key}.br`)), gz: readFileSync(join(cacheDir!, `${key}.gz`)) };
		if (!out) {
			out = await compressBoth(bytes);
			if (key) {
				mkdirSync(cacheDir!, { recursive: true });
				writeFileSync(join(cacheDir!, `${key}.br`), out.br);
				writeFileSync(join(cacheDir!, `${key}.gz`), out.gz);
			}
		}
		// A variant no smaller than the file would only cost the reader.
		if (out.br.length < bytes.length) writeFileSync(`${file}.br`, out.br);
		if (out.gz.length < bytes.length) writeFileSync(`${file}.gz`, out.gz);
		raw += bytes.length;
		brBytes += Math.min(out.br.length, bytes.length);
	});
	await Promise.all(work);
	return { files: targets.length, raw, br: brBytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = resolve(process.argv[2] ?? process.env.REFORM_LENS_BUILD ?? 'build');
	const started = performance.now();
	const r = await precompressSite(dir, resolve('node_modules/.cache/reform-lens-precompress'));
	const mib = (n: number) => (n / 1048576).toFixed(1);
	console.log(
		`precompressed ${r.files} files in ${dir}: ${mib(r.raw)} MiB → ${mib(r.br)} MiB brotli (${((performance.now() - started) / 1000).toFixed(1)} s)`
	);
}
