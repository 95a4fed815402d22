// `npm run geo:build [-- --from ../shared/reference]`: turns the Open Development Vietnam
// boundaries (TopoJSON, ~650 KB each) into the site's committed geometry in src/lib/geo/:
// one simplified topology per boundary mode whose units carry the statistics office's code
// (joined by name, join-names.ts), the code ↔ source mapping as CSV, and the MIT licence of the
// source repository. Run by hand when the source changes; a clone has no shared/ folder, so the
// output is committed and the site and tests read only it.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import mapshaper from 'mapshaper';
import { splitCsvLine } from '../../src/lib/reference/csv-line';
import { joinByName, type NamedUnit } from './join-names';

interface SourceFile {
	mode: '34' | '63';
	file: string;
	object: string;
	reference: string;
}

const SOURCES: SourceFile[] = [
	{ mode: '34', file: 'vn34_odv_merged_topo.json', object: 'diaphantinhvn_merged', reference: 'provinces-34.csv' },
	{ mode: '63', file: 'vn63_odv_topo.json', object: 'diaphantinh_63_fixednames', reference: 'provinces-63.csv' }
];

/**
 * Visvalingam, keeping this share of the removable points; `keep-shapes` stops a small island
 * (the archipelagos' reefs) from vanishing. 4 % keeps the coastline and the merged units'
 * borders recognisable at 1440 px and leaves about 60 KB of gzip per mode.
 */
const SIMPLIFY = '4%';
/** Grid of the output's coordinates: 1e5 cells over ~15° is ~15 m, finer than any screen. */
const QUANTIZATION = 100000;

const OUT_DIR = resolve('src/lib/geo');

function flag(name: string, fallback: string): string {
	const at = process.argv.indexOf(name);
	return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

function readUnits(path: string): NamedUnit[] {
	const [header, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
	const columns = splitCsvLine(header) ?? [];
	const codeAt = columns.indexOf('code');
	const nameAt = columns.indexOf('name_vi');
	return lines.map((line) => {
		const fields = splitCsvLine(line) ?? [];
		return { code: fields[codeAt], name_vi: fields[nameAt] };
	});
}

interface TopoGeometry {
	type: string;
	properties: { gid: number; ten_tinh: string; code?: string };
	id?: string;
}

async function buildMode(source: SourceFile, from: string): Promise<string[]> {
	const topology = JSON.parse(readFileSync(join(from, 'geo', source.file), 'utf8'));
	const geometries: TopoGeometry[] = topology.objects[source.object].geometries;
	const units = readUnits(join(from, source.reference));
	const codes = joinByName(
		geometries.map((g) => g.properties.ten_tinh),
		units
	);
	const mapping = geometries.map((g, i) => ({ code: codes[i], gid: g.properties.gid, name: g.properties.ten_tinh }));
	// The units keep only the statistics office's code: names come from the reference tables.
	geometries.forEach((g, i) => (g.properties = { code: codes[i] } as TopoGeometry['properties']));
	const input = `${source.mode}.json`;
	const output = `provinces-${source.mode}.topo.json`;
	const files = await mapshaper.applyCommands(
		`-i ${input} -simplify ${SIMPLIFY} keep-shapes planar -o ${output} format=topojson quantization=${QUANTIZATION} id-field=code`,
		{ [input]: JSON.stringify(topology) }
	);
	const simplified = String(files[output]);
	writeFileSync(join(OUT_DIR, output), simplified);
	mapping.sort((a, b) => a.code.localeCompare(b.code));
	const csv = ['code,source_gid,source_name', ...mapping.map((m) => `${m.code},${m.gid},${m.name}`)].join('\n') + '\n';
	writeFileSync(join(OUT_DIR, `provinces-${source.mode}.mapping.csv`), csv);
	const raw = Buffer.byteLength(simplified);
	return [
		`${source.mode} units: ${mapping.length} matched; ${output} ${(raw / 1024).toFixed(1)} KB raw, ${(gzipSync(simplified).length / 1024).toFixed(1)} KB gzip`
	];
}

async function main() {
	const from = resolve(flag('--from', '../shared/reference'));
	const lines: string[] = [];
	for (const source of SOURCES) lines.push(...(await buildMode(source, from)));
	copyFileSync(join(from, 'geo', 'LICENSE.TaliaCao-MIT.txt'), join(OUT_DIR, 'LICENSE.TaliaCao-MIT.txt'));
	console.log(lines.join('\n'));
}

await main();
