// DuckDB-WASM in Node for tests (the blocking bundle): the same engine as the browser's, opened
// with the browser's options (src/lib/data/duckdb-boot.ts) unless a test asks otherwise.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as duckdbWasm from '@duckdb/duckdb-wasm/blocking';

export interface NodeWasm {
	db: Awaited<ReturnType<typeof duckdbWasm.createDuckDB>>;
	conn: duckdbWasm.DuckDBConnection;
}

/** An open connection with extension autoloading off, as in the site (no downloads offline). */
export async function openNodeDuckDbWasm(options: { castToDouble?: boolean } = {}): Promise<NodeWasm> {
	const casts = options.castToDouble ?? true;
	const require = createRequire(import.meta.url);
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/blocking'));
	const db = await duckdbWasm.createDuckDB(
		{
			mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
			eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
		},
		new duckdbWasm.VoidLogger(),
		duckdbWasm.NODE_RUNTIME
	);
	await db.instantiate();
	db.open({ query: { castBigIntToDouble: casts, castDecimalToDouble: casts } });
	const conn = db.connect();
	conn.query('SET autoload_known_extensions = false');
	conn.query('SET autoinstall_known_extensions = false');
	return { db, conn };
}
