// Simulated published-index tables for the demo (docs/DATA-CONTRACT.md, published_indices),
// written as CSV and imported by the same pipeline as a real one. Two indices, so /indices/ has a
// choice: a PAR-INDEX-like index (8 components, two with sub-components; the 8th, "impact",
// appears from 2022, so the set of components changes) for 2019–2025, and a SIPAS-like table
// for the demo's survey years. Years before 2025 use the 63-unit codes; 2025 is published for
// the 34 units (the importer's rule: a year ≥ the merger's year is a 34-unit year), each scored
// around the mean of the provinces it merged. Every row's `source` starts with SIMULATED_SOURCE,
// which the page marks. Deterministic from the seed.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROVINCES_34, PROVINCES_63 } from '../../src/lib/reference/provinces';
import { FIRST_34_UNIT_YEAR, SIMULATED_SOURCE } from '../../src/lib/metrics/indices-common';
import { createRng, type Rng } from '../../src/lib/stats/random';
import { SIPAS_FACTORS } from '../../src/lib/stats/sipas-index';

interface Component {
	id: string;
	parent: string;
	vi: string;
	en: string;
	/** First year the index has it. */
	from: number;
}

const PAR_COMPONENTS: readonly Component[] = [
	{ id: 'D1', parent: '', vi: 'Công tác chỉ đạo, điều hành cải cách hành chính', en: 'Direction and management of PAR', from: 2019 },
	{ id: 'D2', parent: '', vi: 'Cải cách thể chế', en: 'Institutional reform', from: 2019 },
	{ id: 'D3', parent: '', vi: 'Cải cách thủ tục hành chính', en: 'Administrative procedure reform', from: 2019 },
	{ id: 'D3_1', parent: 'D3', vi: 'Công khai, minh bạch thủ tục hành chính', en: 'Openness of procedures', from: 2019 },
	{ id: 'D3_2', parent: 'D3', vi: 'Cơ chế một cửa, một cửa liên thông', en: 'One-stop-shop mechanism', from: 2019 },
	{ id: 'D4', parent: '', vi: 'Cải cách tổ chức bộ máy', en: 'Organisational reform', from: 2019 },
	{ id: 'D5', parent: '', vi: 'Cải cách chế độ công vụ', en: 'Civil service reform', from: 2019 },
	{ id: 'D6', parent: '', vi: 'Cải cách tài chính công', en: 'Public finance reform', from: 2019 },
	{ id: 'D7', parent: '', vi: 'Xây dựng chính quyền điện tử, chính quyền số', en: 'E-government and digital government', from: 2019 },
	{ id: 'D8', parent: '', vi: 'Tác động của cải cách hành chính', en: 'Impact of PAR', from: 2022 },
	{ id: 'D8_1', parent: 'D8', vi: 'Sự hài lòng của người dân, tổ chức', en: 'Satisfaction of citizens and organisations', from: 2022 },
	{ id: 'D8_2', parent: 'D8', vi: 'Tác động đến phát triển kinh tế – xã hội', en: 'Impact on socio-economic development', from: 2022 }
];

const SIPAS_NAMES: Record<string, { vi: string; en: string }> = {
	access: { vi: 'Tiếp cận dịch vụ', en: 'Access to the service' },
	procedures: { vi: 'Thủ tục hành chính', en: 'Administrative procedures' },
	officials: { vi: 'Công chức giải quyết công việc', en: 'Civil servants' },
	results: { vi: 'Kết quả giải quyết công việc', en: 'Results' },
	feedback: { vi: 'Tiếp nhận, xử lý góp ý, phản ánh', en: 'Handling of feedback' }
};

export const DEMO_INDEX_YEARS = { PAR_INDEX: [2019, 2025], SIPAS: [2023, 2025] } as const;

const HEADER = [
	'index_code',
	'year',
	'province_code',
	'component',
	'parent_component',
	'component_name_vi',
	'component_name_en',
	'score',
	'scale_min',
	'scale_max',
	'rank',
	'source'
];

type Line = (string | number)[];

function cell(v: string | number): string {
	const s = String(v);
	return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const clamp = (x: number) => Math.min(100, Math.max(0, x));
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Competition ranks (1, 2, 2, 4) of the given scores, highest first. */
function publishedRanks(scores: readonly number[]): number[] {
	return scores.map((s) => 1 + scores.filter((t) => t > s).length);
}

/** Units of a year (63 before 2025, 34 from 2025) with a latent level from their provinces'. */
function unitsOf(year: number, level63: Map<string, number>): { code: string; level: number }[] {
	if (year < FIRST_34_UNIT_YEAR) return PROVINCES_63.map((p) => ({ code: p.code, level: level63.get(p.code)! }));
	return PROVINCES_34.map((u) => {
		const parts = PROVINCES_63.filter((p) => p.merged_into_2025 === u.code).map((p) => level63.get(p.code)!);
		return { code: u.code, level: parts.reduce((s, x) => s + x, 0) / parts.length };
	});
}

function parIndexLines(rng: Rng, source: string): Line[] {
	const level = new Map(PROVINCES_63.map((p) => [p.code, rng.normal() * 3.5]));
	const offset = new Map(PAR_COMPONENTS.map((c) => [c.id, rng.normal() * 4]));
	const lines: Line[] = [];
	for (let year = DEMO_INDEX_YEARS.PAR_INDEX[0]; year <= DEMO_INDEX_YEARS.PAR_INDEX[1]; year++) {
		const units = unitsOf(year, level);
		const components = PAR_COMPONENTS.filter((c) => c.from <= year);
		const overall: number[] = [];
		const rows: Line[][] = [];
		for (const u of units) {
			const scores = new Map<string, number>();
			// Sub-components first; a parent is the mean of its sub-components.
			for (const c of components.filter((c) => c.parent !== ''))
				scores.set(c.id, clamp(80 + (year - 2019) * 0.8 + u.level + offset.get(c.parent)! + offset.get(c.id)! + rng.normal() * 3));
			for (const c of components.filter((c) => c.parent === '')) {
				const subs = components.filter((s) => s.parent === c.id).map((s) => scores.get(s.id)!);
				scores.set(
					c.id,
					subs.length > 0
						? subs.reduce((s, x) => s + x, 0) / subs.length
						: clamp(80 + (year - 2019) * 0.8 + u.level + offset.get(c.id)! + rng.normal() * 3)
				);
			}
			const top = components.filter((c) => c.parent === '').map((c) => scores.get(c.id)!);
			// One decimal, as published: equal totals happen and are ranked as ties.
			overall.push(round(top.reduce((s, x) => s + x, 0) / top.length, 1));
			rows.push(components.map((c) => [c.id, c.parent, c.vi, c.en, round(scores.get(c.id)!, 2)]));
		}
		const ranks = publishedRanks(overall);
		units.forEach((u, i) => {
			lines.push([
				'PAR_INDEX',
				year,
				u.code,
				'',
				'',
				'Chỉ số PAR INDEX (mô phỏng)',
				'PAR INDEX (simulated)',
				overall[i],
				0,
				100,
				ranks[i],
				source
			]);
			for (const [id, parent, vi, en, score] of rows[i])
				lines.push(['PAR_INDEX', year, u.code, id, parent, vi, en, score, 0, 100, '', source]);
		});
	}
	return lines;
}

function sipasLines(rng: Rng, source: string): Line[] {
	const level = new Map(PROVINCES_63.map((p) => [p.code, rng.normal() * 2.5]));
	const lines: Line[] = [];
	for (let year = DEMO_INDEX_YEARS.SIPAS[0]; year <= DEMO_INDEX_YEARS.SIPAS[1]; year++) {
		const units = unitsOf(year, level);
		const overall = units.map((u) => {
			const factors = SIPAS_FACTORS.map((f) => ({ f, score: round(clamp(82 + u.level + rng.normal() * 2), 2) }));
			return { u, factors, total: round(factors.reduce((s, x) => s + x.score, 0) / factors.length, 2) };
		});
		const ranks = publishedRanks(overall.map((o) => o.total));
		overall.forEach(({ u, factors, total }, i) => {
			lines.push(['SIPAS', year, u.code, '', '', 'Chỉ số SIPAS (mô phỏng)', 'SIPAS (simulated)', total, 0, 100, ranks[i], source]);
			for (const { f, score } of factors)
				lines.push(['SIPAS', year, u.code, f, '', SIPAS_NAMES[f].vi, SIPAS_NAMES[f].en, score, 0, 100, '', source]);
		});
	}
	return lines;
}

/**
 * Three rows a real table could have, so /data-quality/ shows the index rules at work: a 63-unit
 * code in 2025 (02 Hà Giang, merged into 08), a repeated key, and a score outside 0–100.
 */
function withPlantedErrors(lines: Line[]): Line[] {
	const first = lines[0];
	const in2025 = lines.find((l) => l[1] === 2025)!;
	return [
		...lines,
		[...in2025.slice(0, 2), '02', ...in2025.slice(3)],
		[...first],
		[...first.slice(0, 2), '04', ...first.slice(3, 7), 104.5, ...first.slice(8)]
	];
}

/** Writes the demo's two index tables into `dir`; returns their paths. */
export function writeDemoIndices(dir: string, seed: number): string[] {
	const rng = createRng(seed ^ 0x5eed1dc5);
	const files: [string, Line[]][] = [
		[
			'par-index-demo.csv',
			withPlantedErrors(
				parIndexLines(rng, `${SIMULATED_SOURCE}: Reform Lens demo, PAR-INDEX-like (not the Ministry of Home Affairs' figures)`)
			)
		],
		[
			'sipas-published-demo.csv',
			sipasLines(rng, `${SIMULATED_SOURCE}: Reform Lens demo, SIPAS-like (not the Ministry of Home Affairs' figures)`)
		]
	];
	return files.map(([name, lines]) => {
		const path = join(dir, name);
		writeFileSync(path, [HEADER, ...lines].map((l) => l.map(cell).join(',')).join('\n') + '\n');
		return path;
	});
}
