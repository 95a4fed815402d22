// Helpers for the importer's tests: tiny CSV fixtures, a temporary folder, reading outputs.

import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeRow } from '../../src/lib/data/normalize';
import type { Row } from '../../src/lib/metrics/query';
import { sha256File } from './files';

export function tempDir(prefix = 'import-test-'): string {
	return mkdtempSync(join(tmpdir(), prefix));
}

type Cells = Record<string, string | number | boolean | null>;

function csvCell(value: Cells[string]): string {
	if (value === null) return '';
	const text = String(value);
	return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes rows (all with the keys of the first) as a CSV file and returns its path. */
export function writeCsv(dir: string, name: string, rows: Cells[], columns?: string[]): string {
	const cols = columns ?? Object.keys(rows[0]);
	const lines = [cols.join(','), ...rows.map((r) => cols.map((c) => csvCell(r[c] ?? null)).join(','))];
	const path = join(dir, name);
	writeFileSync(path, lines.join('\n') + '\n');
	return path;
}

/** A dossier that breaks no rule (export date 2026-01-05): 2 working days, early. */
export function validDossier(id: string, overrides: Cells = {}): Cells {
	return {
		dossier_id: id,
		province_code: '01',
		agency_level: 'province',
		agency_name: 'Sở Tư pháp',
		procedure_code: '1.000001',
		sector: 'Tư pháp',
		channel: 'online',
		service_level: 'full_online',
		received_at: '2024-03-04 08:00:00',
		due_at: '2024-03-08 17:00:00',
		finished_at: '2024-03-06 10:00:00',
		returned_at: null,
		status: 'returned',
		supplement_days: 0,
		via_one_level_centre: false,
		paid_online: true,
		digitized: true,
		e_result: false,
		...overrides
	};
}

export function validResponse(id: string, overrides: Cells = {}): Cells {
	return {
		response_id: id,
		survey_year: 2024,
		province_code: '01',
		respondent_type: 'citizen',
		sector: 'Tư pháp',
		weight: 1.5,
		psu: 'P1',
		access: 4,
		procedures: 5,
		officials: 3,
		results: 4,
		feedback: 2,
		overall: 4,
		gender: 'female',
		age_group: '30-44',
		area: 'urban',
		...overrides
	};
}

/** Runs SQL on a fresh in-memory DuckDB (reading Parquet files by path) and returns plain rows. */
export async function query(sql: string): Promise<Row[]> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		const reader = await connection.runAndReadAll(sql);
		return reader.getRowObjectsJS().map((r) => normalizeRow(r as Record<string, unknown>));
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
}

/** Every file under `dir` (path relative to it) → its SHA-256: equal snapshots mean byte-identical trees. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	const walk = async (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, e.name);
			if (e.isDirectory()) await walk(p);
			else out[p.slice(dir.length)] = await sha256File(p);
		}
	};
	await walk(dir);
	return out;
}
