import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame } from './after-frame';

// A hand-driven frame clock: frame() runs the animation-frame callbacks queued so far.
let frames: FrameRequestCallback[] = [];
function frame(): void {
	const due = frames;
	frames = [];
	due.forEach((f) => f(0));
}

describe('afterNextFrame', () => {
	beforeEach(() => {
		frames = [];
		vi.useFakeTimers();
		vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('runs after the next frame, in a task of its own, everything queued in order', () => {
		const ran: string[] = [];
		afterNextFrame(() => ran.push('seasonal'));
		afterNextFrame(() => ran.push('histogram'));
		expect(frames).toHaveLength(1); // one frame request for the batch
		vi.runAllTimers();
		expect(ran).toEqual([]); // not before the frame
		requestAnimationFrame(() => ran.push('main')); // a chart in view, drawn in that frame
		frame();
		expect(ran).toEqual(['main']); // not inside the frame either: it paints first
		vi.runAllTimers();
		expect(ran).toEqual(['main', 'seasonal', 'histogram']);
	});

	it('skips a cancelled run and keeps the others', () => {
		const ran: string[] = [];
		const a = afterNextFrame(() => ran.push('a'));
		afterNextFrame(() => ran.push('b'));
		a.cancel();
		frame();
		vi.runAllTimers();
		expect(ran).toEqual(['b']);
	});

	it('queues work added while draining for the frame after', () => {
		const ran: string[] = [];
		afterNextFrame(() => {
			ran.push('first');
			afterNextFrame(() => ran.push('second'));
		});
		frame();
		vi.runAllTimers();
		expect(ran).toEqual(['first']);
		frame();
		vi.runAllTimers();
		expect(ran).toEqual(['first', 'second']);
	});
});
