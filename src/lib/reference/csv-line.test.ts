import { describe, expect, it } from 'vitest';
import { splitCsvLine } from './csv-line';

describe('splitCsvLine', () => {
	it('splits on the separator, honouring quotes and doubled quotes', () => {
		expect(splitCsvLine('a,"b,c",d')).toEqual(['a', 'b,c', 'd']);
		expect(splitCsvLine('"say ""hi""";x', ';')).toEqual(['say "hi"', 'x']);
		expect(splitCsvLine('a,,')).toEqual(['a', '', '']);
		expect(splitCsvLine('x"y,z')).toEqual(['x"y', 'z']);
	});
	it('gives null for a quote left open', () => {
		expect(splitCsvLine('a,"b')).toBeNull();
	});
});
