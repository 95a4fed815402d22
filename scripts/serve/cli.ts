// npm start's server: the built site with its precompressed files, as a production server would
// send them (see the README's "Serving the site"). Usage: tsx scripts/serve/cli.ts [build] [--port 4173] [--host 127.0.0.1]
import { parseArgs } from 'node:util';
import { serveStatic } from './static-server';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { port: { type: 'string', default: '4173' }, host: { type: 'string', default: '127.0.0.1' } }
});
const dir = positionals[0] ?? 'build';
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`--port must be a port number, got "${values.port}"`);
	process.exit(2);
}
const server = await serveStatic(dir, { port, host: values.host });
console.log(`Reform Lens: serving ${dir}/ at ${server.url.replace('127.0.0.1', 'localhost')}/ (Ctrl+C stops)`);
