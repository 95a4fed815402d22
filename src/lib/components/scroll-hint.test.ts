import { describe, expect, it, vi } from 'vitest';
import { scrollHint } from './scroll-hint';

type Callback = () => void;
describe('scrollHint', () => {
	it('marks the box while its content is wider, and re-measures on resize', () => {
		let resize: Callback = () => {};
		vi.stubGlobal(
			'ResizeObserver',
			class {
				constructor(cb: Callback) {
					resize = cb;
				}
				observe() {}
				disconnect() {}
			}
		);
		const node = { scrollWidth: 900, clientWidth: 358, dataset: {} as Record<string, string>, firstElementChild: null };
		const action = scrollHint(node as unknown as HTMLElement);
		expect(node.dataset.overflowing).toBe('true');
		node.scrollWidth = 358;
		resize();
		expect(node.dataset.overflowing).toBe('false');
		action.destroy();
		vi.unstubAllGlobals();
	});
});
