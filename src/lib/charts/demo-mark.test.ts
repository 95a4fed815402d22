import { describe, expect, it } from 'vitest';
import { DEMO_MARK_ID, withDemoMark } from './demo-mark';

describe('withDemoMark', () => {
	it('adds one silent text behind the series and keeps existing graphics', () => {
		const option = withDemoMark({ graphic: { type: 'rect', id: 'keep' } }, 'DỮ LIỆU MÔ PHỎNG / SIMULATED DATA', '#555', 'sans-serif');
		const graphics = option.graphic as { id: string; z?: number; silent?: boolean; style?: { text: string } }[];
		expect(graphics.map((g) => g.id)).toEqual(['keep', DEMO_MARK_ID]);
		expect(graphics[1]).toMatchObject({ z: -10, silent: true, style: { text: 'DỮ LIỆU MÔ PHỎNG\nSIMULATED DATA' } });
	});
	it('leaves real data alone', () => {
		const option = { series: [] };
		expect(withDemoMark(option, null, '#555', 'sans-serif')).toBe(option);
	});
});
