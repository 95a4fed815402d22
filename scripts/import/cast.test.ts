import { describe, expect, it } from 'vitest';
import { castExpression } from '../../src/lib/import/cast';
import { DOSSIER_COLUMNS } from '../../src/lib/import/columns';
import { literal } from '../../src/lib/import/sql-text';
import { query } from './test-support';

const received = DOSSIER_COLUMNS.find((c) => c.name === 'received_at')!;

async function read(values: string[]): Promise<Record<string, string | null>> {
	const rows = await query(
		`SELECT v, strftime(${castExpression(received, 'v', 'VARCHAR')}, '%Y-%m-%d %H:%M:%S') AS t
		 FROM (VALUES ${values.map((v) => `(${literal(v)})`).join(', ')}) x(v)`
	);
	return Object.fromEntries(rows.map((r) => [String(r.v), r.t === null ? null : String(r.t)]));
}

describe('date/time text', () => {
	it('reads the shapes of the contract, in Vietnam time', async () => {
		expect(
			await read([
				'2024-03-04 08:00:00',
				'2024-3-4',
				'2024-03-04T08:00',
				'20240304080000',
				'20240304',
				'4/3/2024 8:05',
				'04/03/2024',
				'2024-03-04T20:00:00Z',
				'2024-03-04 08:00:00+07:00',
				'2024-03-04T08:00:00.5-0530'
			])
		).toEqual({
			'2024-03-04 08:00:00': '2024-03-04 08:00:00',
			'2024-3-4': '2024-03-04 00:00:00',
			'2024-03-04T08:00': '2024-03-04 08:00:00',
			'20240304080000': '2024-03-04 08:00:00',
			'20240304': '2024-03-04 00:00:00',
			'4/3/2024 8:05': '2024-03-04 08:05:00',
			'04/03/2024': '2024-03-04 00:00:00',
			'2024-03-04T20:00:00Z': '2024-03-05 03:00:00',
			'2024-03-04 08:00:00+07:00': '2024-03-04 08:00:00',
			'2024-03-04T08:00:00.5-0530': '2024-03-04 20:30:00'
		});
	});

	it('reads nothing it would have to guess', async () => {
		const values = ['04/03/24', '4/3/24 08:00', '24-03-04', '31/02/2024', '2024-02-30', 'yesterday', '2024-03-04 08:00 ICT', '1709539200'];
		expect(Object.values(await read(values))).toEqual(values.map(() => null));
	});

	it('converts a Parquet TIMESTAMPTZ to Vietnam time', async () => {
		const [row] = await query(
			`SELECT strftime(${castExpression(received, 'v', 'TIMESTAMP WITH TIME ZONE')}, '%Y-%m-%d %H:%M') AS t
			 FROM (SELECT TIMESTAMPTZ '2024-03-04 20:00:00+00' AS v)`
		);
		expect(row.t).toBe('2024-03-05 03:00');
	});
});
