import { describe, expect, it } from 'vitest';
import { joinByName, normaliseProvinceName } from './join-names';

describe('province name join', () => {
	it('folds the source spelling onto the reference tables’', () => {
		expect(normaliseProvinceName('Khánh Hoà')).toBe(normaliseProvinceName('Khánh Hòa'));
		expect(normaliseProvinceName('Thanh Hoá')).toBe('thanh hóa');
		expect(normaliseProvinceName('TP Hà Nội')).toBe('hà nội');
		expect(normaliseProvinceName('TP. Hồ Chí Minh')).toBe('hồ chí minh');
		// NFD input (as some files store it) gives the same key.
		expect(normaliseProvinceName('Đà Nẵng'.normalize('NFD'))).toBe('đà nẵng');
		// A tone before a final consonant stays where it is ("Hoàng", not "Hòang").
		expect(normaliseProvinceName('Hoàng Sa')).toBe('hoàng sa');
		// Distinct names stay distinct.
		expect(normaliseProvinceName('Bắc Ninh')).not.toBe(normaliseProvinceName('Bạc Liêu'));
	});

	it('matches one to one, with the named aliases', () => {
		const units = [
			{ code: '79', name_vi: 'TP. Hồ Chí Minh' },
			{ code: '46', name_vi: 'Thừa Thiên Huế' },
			{ code: '56', name_vi: 'Khánh Hòa' }
		];
		expect(joinByName(['Khánh Hoà', 'TP HCM', 'TP Huế'], units)).toEqual(['56', '79', '46']);
	});

	it('refuses an unmatched, a repeated or a missing unit', () => {
		const units = [
			{ code: '01', name_vi: 'Hà Nội' },
			{ code: '31', name_vi: 'Hải Phòng' }
		];
		expect(() => joinByName(['TP Hà Nội', 'Atlantis'], units)).toThrow(/Atlantis/);
		expect(() => joinByName(['TP Hà Nội', 'Hà Nội'], units)).toThrow(/both match code 01/);
		expect(() => joinByName(['TP Hà Nội'], units)).toThrow(/no boundary for 31 Hải Phòng/);
	});
});
