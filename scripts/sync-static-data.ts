// Copies the data folder (data/, or $REFORM_LENS_DATA) into static/data/ so Vite serves it in
// dev and emits it into the build. static/data/ is generated (gitignored).
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const source = resolve(process.env.REFORM_LENS_DATA ?? 'data');
const target = resolve('static/data');

if (!existsSync(join(source, 'manifest.json'))) {
	console.error(
		`No data: ${join(source, 'manifest.json')} is missing. Run \`npm run data:demo\` (demo data) or \`npm run data:import\` first.`
	);
	process.exit(1);
}

rmSync(target, { recursive: true, force: true });
// The same tree as data/ (docs/DATA-LAYOUT.md: the site gets it under /data/).
cpSync(source, target, { recursive: true });
console.log(`data:sync: ${source} → ${target}`);
