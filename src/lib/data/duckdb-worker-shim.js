// Starts DuckDB-WASM's worker (its URL in ?worker=) with TransformStream hidden. With it, DuckDB
// wraps the .wasm response in a new Response to count bytes, and a Response made in JavaScript
// has no URL, so the browser never caches the compiled engine: every visit compiled 33 MB of
// WebAssembly again. Without it, DuckDB compiles fetch()'s own response, which Chromium caches
// compiled for the next visit. The page counts the bytes itself (duckdb-boot.ts).
/* global importScripts */
const worker = new URL(new URL(self.location.href).searchParams.get('worker') ?? '', self.location.href);
if (worker.origin !== self.location.origin || !worker.pathname.endsWith('.js')) {
	throw new Error(`Not a DuckDB worker of this site: ${worker.href}`);
}
Object.defineProperty(self, 'TransformStream', { value: undefined });
importScripts(worker.href);
