// A small static file server for the built site (`npm start`, the browser tests, the bench):
// full HTTP Range support (DuckDB and hyparquet may read byte ranges; `vite preview` answers
// suffix ranges wrongly), and the precompressed `.br` / `.gz` files the build writes beside each
// asset, chosen by Accept-Encoding as nginx's `brotli_static` / `gzip_static` do.
import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.cjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.wasm': 'application/wasm',
	'.parquet': 'application/vnd.apache.parquet',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.woff2': 'font/woff2',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml'
};

export function mimeType(path: string): string {
	return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Byte ranges [start, end] (inclusive) of a Range header for a file of `size` bytes. */
export function parseRange(header: string, size: number): { start: number; end: number }[] | 'unsatisfiable' | null {
	const m = /^bytes=(.+)$/.exec(header.trim());
	if (!m) return null;
	const ranges: { start: number; end: number }[] = [];
	for (const part of m[1].split(',')) {
		const r = /^\s*(\d*)-(\d*)\s*$/.exec(part);
		if (!r || (r[1] === '' && r[2] === '')) return null;
		let start: number;
		let end: number;
		if (r[1] === '') {
			// Suffix range: the last N bytes.
			const n = Number(r[2]);
			if (n === 0) continue;
			start = Math.max(0, size - n);
			end = size - 1;
		} else {
			start = Number(r[1]);
			end = r[2] === '' ? size - 1 : Math.min(Number(r[2]), size - 1);
			if (r[2] !== '' && Number(r[2]) < start) return null;
		}
		if (start >= size) continue;
		ranges.push({ start, end });
	}
	return ranges.length ? ranges : 'unsatisfiable';
}

/** The precompressed variant to send for a request: brotli before gzip, none for a Range request
 * (a range of an encoded body would not be the bytes the reader asked for). */
export function chooseEncoding(
	acceptEncoding: string | undefined,
	hasRange: boolean,
	has: (ext: '.br' | '.gz') => boolean
): 'br' | 'gzip' | null {
	if (hasRange || !acceptEncoding) return null;
	const accepted = new Map<string, number>();
	for (const part of acceptEncoding.split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
		accepted.set(name.trim(), q ? Number(q[1]) : 1);
	}
	const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
	if (ok('br') && has('.br')) return 'br';
	if (ok('gzip') && has('.gz')) return 'gzip';
	return null;
}

/** Hashed build assets never change under their name: cache them for a year (repeat visits). */
export function cacheControl(urlPath: string): string {
	return urlPath.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export interface StaticServer {
	/** e.g. http://127.0.0.1:41234 (no trailing slash) */
	url: string;
	close(): Promise<void>;
}

function isFile(path: string): boolean {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

function resolveFile(root: string, urlPath: string): { file: string; stat: Stats } | { redirect: string } | null {
	let path: string;
	try {
		path = decodeURIComponent(urlPath);
	} catch {
		return null;
	}
	const file = normalize(join(root, path));
	if (file !== root && !file.startsWith(root + sep)) return null;
	let stat: Stats;
	try {
		stat = statSync(file);
	} catch {
		// SvelteKit may emit /about.html for /about.
		try {
			const html = file + '.html';
			return { file: html, stat: statSync(html) };
		} catch {
			return null;
		}
	}
	if (stat.isDirectory()) {
		if (!urlPath.endsWith('/')) return { redirect: urlPath + '/' };
		const index = join(file, 'index.html');
		try {
			return { file: index, stat: statSync(index) };
		} catch {
			return null;
		}
	}
	return { file, stat };
}

function handle(root: string, req: IncomingMessage, res: ServerResponse): void {
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { allow: 'GET, HEAD' }).end();
		return;
	}
	const url = new URL(req.url ?? '/', 'http://localhost');
	const found = resolveFile(root, url.pathname);
	if (!found) {
		// The site's own bilingual page (src/routes/404/), still with status 404.
		const page = join(root, '404.html');
		if (isFile(page)) {
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
			if (req.method === 'HEAD') res.end();
			else createReadStream(page).pipe(res);
		} else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
		return;
	}
	if ('redirect' in found) {
		res.writeHead(301, { location: found.redirect + url.search }).end();
		return;
	}
	const { file, stat } = found;
	const type = mimeType(file);
	const head = req.method === 'HEAD';
	const rangeHeader = req.headers.range;
	const encoding = chooseEncoding(req.headers['accept-encoding'], rangeHeader !== undefined, (ext) => isFile(file + ext));
	const common = {
		'accept-ranges': 'bytes',
		'cache-control': cacheControl(url.pathname),
		'last-modified': stat.mtime.toUTCString(),
		vary: 'Accept-Encoding'
	};
	if (encoding) {
		const encoded = file + (encoding === 'br' ? '.br' : '.gz');
		res.writeHead(200, { ...common, 'content-type': type, 'content-encoding': encoding, 'content-length': statSync(encoded).size });
		if (head) res.end();
		else createReadStream(encoded).pipe(res);
		return;
	}
	const size = stat.size;
	const ranges = rangeHeader ? parseRange(rangeHeader, size) : null;
	if (ranges === 'unsatisfiable') {
		res.writeHead(416, { ...common, 'content-range': `bytes */${size}` }).end();
		return;
	}
	if (!ranges) {
		res.writeHead(200, { ...common, 'content-type': type, 'content-length': size });
		if (head) res.end();
		else createReadStream(file).pipe(res);
		return;
	}
	if (ranges.length === 1) {
		const { start, end } = ranges[0];
		res.writeHead(206, {
			...common,
			'content-type': type,
			'content-length': end - start + 1,
			'content-range': `bytes ${start}-${end}/${size}`
		});
		if (head) res.end();
		else createReadStream(file, { start, end }).pipe(res);
		return;
	}
	// Several ranges: multipart/byteranges.
	const boundary = `reformlens${Date.now().toString(36)}`;
	const parts = ranges.map(({ start, end }) => ({
		header: `\r\n--${boundary}\r\ncontent-type: ${type}\r\ncontent-range: bytes ${start}-${end}/${size}\r\n\r\n`,
		start,
		end
	}));
	const tail = `\r\n--${boundary}--\r\n`;
	const length = parts.reduce((n, p) => n + Buffer.byteLength(p.header) + (p.end - p.start + 1), 0) + Buffer.byteLength(tail);
	res.writeHead(206, { ...common, 'content-type': `multipart/byteranges; boundary=${boundary}`, 'content-length': length });
	if (head) {
		res.end();
		return;
	}
	const next = (i: number): void => {
		if (i === parts.length) {
			res.end(tail);
			return;
		}
		res.write(parts[i].header);
		const stream = createReadStream(file, { start: parts[i].start, end: parts[i].end });
		stream.on('end', () => next(i + 1));
		stream.pipe(res, { end: false });
	};
	next(0);
}

/** Serves `root` on 127.0.0.1 (or `host`) at `port` (default: a random free port). */
export function serveStatic(root: string, { port = 0, host = '127.0.0.1' }: { port?: number; host?: string } = {}): Promise<StaticServer> {
	const dir = resolve(root);
	const server = createServer((req, res) => {
		try {
			handle(dir, req, res);
		} catch (error) {
			res.writeHead(500).end(String(error));
		}
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => {
			const address = server.address() as AddressInfo;
			ok({
				url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
				close: () =>
					new Promise<void>((done) => {
						server.closeAllConnections();
						server.close(() => done());
					})
			});
		});
	});
}
