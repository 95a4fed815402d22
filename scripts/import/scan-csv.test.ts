import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RefusedFileError } from '../../src/lib/import/errors';
import { scanCsv } from './scan-csv-file';
import { tempDir } from './test-support';

const dir = tempDir('scan-');
const scan = (text: string | Buffer) => {
	const path = join(dir, 'x.csv');
	writeFileSync(path, text);
	return scanCsv(path, 'x.csv');
};
const problem = (text: string | Buffer) => {
	try {
		scan(text);
	} catch (e) {
		if (e instanceof RefusedFileError) return e.problem;
		throw e;
	}
	return null;
};

describe('scanCsv', () => {
	it('takes the delimiter the header uses most outside quotes', () => {
		expect(scan('a;b;"c,d,e"\n1;2;3\n')).toEqual({ delimiter: ';', fields: 3, records: 1 });
		expect(scan('a\tb\n1\t2,5\n')).toEqual({ delimiter: '\t', fields: 2, records: 1 });
		expect(scan('only\n1\n2\n')).toEqual({ delimiter: ',', fields: 1, records: 2 });
	});

	it('counts records, not lines: quoted line breaks, CRLF, CR and blank lines', () => {
		expect(scan('\uFEFFa,b\r\n1,"x\r\ny"\r\n\r\n2,""""\r\n3,z')).toEqual({ delimiter: ',', fields: 2, records: 3 });
		expect(scan('a,b\r1,2\r3,4\r')).toMatchObject({ records: 2 });
		expect(scan('a,b\n')).toMatchObject({ records: 0 });
	});

	it('names the line of a ragged row after a quoted line break', () => {
		expect(problem('a,b\n1,"x\ny"\n2\n')).toMatch(/^line 4 \(data row 2\) has 1 field, the header has 2/);
	});

	it('finds a bad byte in any chunk, and a letter split between chunks is fine', () => {
		const mb = 1024 * 1024;
		const pad = 'a,b\n' + '1,2\n'.repeat((mb - 4 - 4) / 4) + '3,'; // "ấ" starts 1 byte before the chunk end
		expect(Buffer.byteLength(pad)).toBe(mb - 2);
		expect(scan(pad + 'ấ\n')).toMatchObject({ records: (mb - 8) / 4 + 1 });
		expect(problem(Buffer.concat([Buffer.from(pad), Buffer.from([0xe1, 0xba]), Buffer.from('\n')]))).toMatch(
			/^not UTF-8 text: byte 1048575 \(line 262144\) is not valid UTF-8 \(0xE1\)/
		);
		expect(problem(Buffer.concat([Buffer.from(pad), Buffer.from([0xe1, 0xba])]))).toMatch(/ends inside a character/);
	});
});
