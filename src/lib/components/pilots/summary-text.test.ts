import { describe, expect, it } from 'vitest';
import { constructedRows } from '../../metrics/pilots-rows-fixture';
import { buildPilotsView, DEFAULT_PILOTS_OPTIONS } from '../../metrics/pilots-view';
import { buildPilotsDisplay } from '../../metrics/pilots-display';
import { captionSegments, summarySegments, templateSegments } from './summary-text';

const join = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('templateSegments', () => {
	it('splits a template at its placeholders and marks the numbers', () => {
		expect(templateSegments('a {x} b {w} {missing}', { x: { text: '1,5', num: true }, w: { text: 'ngày' } })).toEqual([
			{ text: 'a ' },
			{ text: '1,5', num: 'x' },
			{ text: ' b ' },
			{ text: 'ngày' },
			{ text: ' ' },
			{ text: '{missing}' }
		]);
	});
});

describe('summarySegments', () => {
	const options = { ...DEFAULT_PILOTS_OPTIONS, focus: 'A' };
	const display = buildPilotsDisplay(buildPilotsView(constructedRows, options), options);
	it('states the estimate, the direction and the placebo count in both languages', () => {
		const en = summarySegments('en', display)!;
		const s = display.summary!;
		expect(join(en.main)).toBe(
			`In the ${s.postCount} months after its centre opened, mean processing time in A fell by ${Math.abs(s.did).toFixed(1)} working days more than in the non-pilot provinces; 0 of 8 placebo provinces show a change this large.`
		);
		const vi = summarySegments('vi', display)!;
		expect(join(vi.main)).toContain('giảm ' + Math.abs(s.did).toFixed(1).replace('.', ',') + ' ngày làm việc');
		expect(join(en.naive)).toContain(`−${Math.abs(s.naive).toFixed(1)} working days`);
	});

	it('the caption carries the same numbers as the summary', () => {
		const main = summarySegments('en', display)!.main;
		const caption = captionSegments('en', display)!;
		const num = (segs: { num?: string; text: string }[], key: string) => segs.find((s) => s.num === key)?.text;
		expect(num(caption, 'estimate')).toBe('−' + num(main, 'x'));
		expect(num(caption, 'y')).toBe(num(main, 'y'));
		expect(num(caption, 'z')).toBe(num(main, 'z'));
	});
});
