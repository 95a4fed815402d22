// A small static file server for the built site, with full HTTP Range support (DuckDB and
// hyparquet may read byte ranges; `vite preview` answers suffix ranges wrongly).
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

export interface StaticServer {
	/** e.g. http://127.0.0.1:41234 (no trailing slash) */
	url: string;
	close(): Promise<void>;
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
		res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
		return;
	}
	if ('redirect' in found) {
		res.writeHead(301, { location: found.redirect + url.search }).end();
		return;
	}
	const { file, stat } = found;
	const size = stat.size;
	const type = mimeType(file);
	const common = { 'accept-ranges': 'bytes', 'cache-control': 'no-cache', 'last-modified': stat.mtime.toUTCString() };
	const head = req.method === 'HEAD';
	const rangeHeader = req.headers.range;
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

/** Serves `root` on 127.0.0.1 at a random free port. */
export function serveStatic(root: string): Promise<StaticServer> {
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
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			ok({
				url: `http://127.0.0.1:${port}`,
				close: () =>
					new Promise<void>((done) => {
						server.closeAllConnections();
						server.close(() => done());
					})
			});
		});
	});
}
