// `npm run data:demo`: generates the deterministic demo data set into data/ (see generate-demo.ts).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemo } from './generate-demo';
import { USAGE, parseCliOptions } from './options';

async function main(): Promise<void> {
	if (process.argv.includes('--help') || process.argv.includes('-h')) {
		console.log(USAGE);
		return;
	}
	const o = parseCliOptions(process.argv.slice(2));
	if (o.ifMissing && existsSync(join(o.outDir, 'manifest.json'))) {
		console.log(`${join(o.outDir, 'manifest.json')} exists: keeping the data (--if-missing).`);
		return;
	}
	const started = performance.now();
	console.log(`Generating ${o.rows.toLocaleString('en')} demo dossiers (seed ${o.seed}, export ${o.exportDate}) into ${o.outDir}/`);
	const { report, raw } = await generateDemo({ ...o, log: (line) => console.log(`  ${line}`) });
	for (const r of report.imports) {
		console.log(`  ${r.file}: ${r.rows_read} read, ${r.rows_kept} kept, ${r.rows_excluded} excluded ${JSON.stringify(r.excluded_by_rule)}`);
	}
	const g = raw.truth.group;
	console.log(
		`  planted pilot effect (group truth): mean ${g.mean_wd.effect} wd, median ${g.median_wd.effect} wd, p90 ${g.p90_wd.effect} wd, on-time ${(g.on_time_rate.effect * 100).toFixed(1)} pts` +
			` (naive before/after: median ${g.median_wd.naive_change} wd)`
	);
	console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
