import { describe, expect, it, vi } from 'vitest';
import { withWatchdog } from './watchdog';

describe('withWatchdog', () => {
	it('rejects a task that hangs without progress', async () => {
		vi.useFakeTimers();
		const p = withWatchdog(() => new Promise<never>(() => {}), 10_000, 'hung');
		const check = expect(p).rejects.toThrow('hung');
		await vi.advanceTimersByTimeAsync(10_001);
		await check;
		vi.useRealTimers();
	});

	it('lets a slow task finish while it reports progress', async () => {
		vi.useFakeTimers();
		const p = withWatchdog(
			(kick) =>
				new Promise<string>((resolve) => {
					let n = 0;
					const id = setInterval(() => {
						kick();
						if (++n === 5) {
							clearInterval(id);
							resolve('done');
						}
					}, 6_000);
				}),
			10_000,
			'hung'
		);
		await vi.advanceTimersByTimeAsync(31_000);
		await expect(p).resolves.toBe('done');
		vi.useRealTimers();
	});

	it('passes the task error through', async () => {
		await expect(withWatchdog(() => Promise.reject(new Error('no wasm')), 10_000, 'hung')).rejects.toThrow('no wasm');
	});
});
