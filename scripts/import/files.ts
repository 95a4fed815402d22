// File helpers: hashing, Parquet writing through DuckDB, the hard-linked copy and atomic swap of
// the output folder.

import type { DuckDBConnection } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { literal } from '../../src/lib/import/sql-text';

export function sha256File(path: string): Promise<string> {
	return new Promise((resolvePromise, reject) => {
		const hash = createHash('sha256');
		createReadStream(path)
			.on('data', (chunk) => hash.update(chunk))
			.on('error', reject)
			.on('end', () => resolvePromise(hash.digest('hex')));
	});
}

export interface WrittenFile {
	rows: number;
	bytes: number;
	sha256: string;
}

/** Writes the result of `select` (which should be ORDER BY'd) to a ZSTD Parquet file. */
export async function writeParquet(connection: DuckDBConnection, select: string, path: string): Promise<WrittenFile> {
	mkdirSync(dirname(path), { recursive: true });
	const reader = await connection.runAndReadAll(`COPY (${select}) TO ${literal(path)} (FORMAT parquet, COMPRESSION zstd)`);
	const rows = Number(reader.getRows()[0]?.[0] ?? 0);
	return { rows, bytes: statSync(path).size, sha256: await sha256File(path) };
}

/**
 * Replaces `target` by `built` with two renames, so a reader never sees a half-written folder
 * and a failure before this point leaves `target` as it was.
 */
export function swapIntoPlace(built: string, target: string): void {
	if (!existsSync(target)) {
		renameSync(built, target);
		return;
	}
	const old = `${built}-previous`;
	renameSync(target, old);
	try {
		renameSync(built, target);
	} catch (error) {
		renameSync(old, target);
		throw error;
	}
	rmSync(old, { recursive: true, force: true });
}

/**
 * Hard-links (copies across devices) every file of `from` into `to` except those `skip` names
 * (paths relative to `from`, with /): the files an update keeps cost neither time nor space.
 */
export function linkTree(from: string, to: string, skip: (path: string) => boolean, dir = from): void {
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, e.name);
		const rel = relative(from, path).split('\\').join('/');
		if (e.isDirectory()) {
			linkTree(from, to, skip, path);
			continue;
		}
		if (skip(rel)) continue;
		mkdirSync(dirname(join(to, rel)), { recursive: true });
		try {
			linkSync(path, join(to, rel));
		} catch {
			copyFileSync(path, join(to, rel));
		}
	}
}
