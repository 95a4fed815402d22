import { describe, expect, it } from 'vitest';
import { stageClock } from './stage-timings';

function clock() {
	let t = 0;
	return { at: (ms: number) => (t = ms), now: () => t };
}

describe('stageClock', () => {
	it('ends a stage when the next begins and ignores repeated progress of one stage', () => {
		const c = clock();
		const s = stageClock(c.now);
		s.enter('scan');
		c.at(100);
		s.enter('scan');
		c.at(250);
		s.enter('read');
		c.at(400);
		s.enter('type');
		c.at(1000);
		expect(s.finish()).toEqual({ scan: 250, read: 150, type: 600 });
	});

	it('adds up a stage entered again (a second file) and keeps overlapping records apart', () => {
		const c = clock();
		const s = stageClock(c.now);
		s.enter('scan');
		c.at(10);
		s.enter('read');
		c.at(30);
		s.enter('scan');
		c.at(70.4);
		s.record('db', 55.6);
		expect(s.finish()).toEqual({ scan: 50, read: 20, db: 56 });
	});

	it('gives nothing when no stage was entered', () => {
		expect(stageClock(() => 0).finish()).toEqual({});
	});
});
