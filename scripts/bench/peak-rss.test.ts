import { describe, expect, it } from 'vitest';
import { runMeasured, vmHwmBytes } from './peak-rss';

describe('peak RSS of a child process', () => {
	it('reads VmHWM from /proc/<pid>/status', () => {
		expect(vmHwmBytes('Name:\tnode\nVmPeak:\t 999 kB\nVmHWM:\t  204800 kB\nVmRSS:\t 1000 kB\n')).toBe(204800 * 1024);
		expect(vmHwmBytes('Name:\tnode\n')).toBeNull();
	});

	it('measures a child that holds 200 MB above one that holds nothing', async () => {
		const hold = `const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => console.error(b[0]), 600)`;
		const big = await runMeasured(process.execPath, ['-e', hold]);
		const small = await runMeasured(process.execPath, ['-e', 'setTimeout(() => {}, 600)']);
		expect(big.exitCode).toBe(0);
		expect(big.wallMs).toBeGreaterThanOrEqual(600);
		expect(big.peakRss! - small.peakRss!).toBeGreaterThan(150 * 1024 * 1024);
	});
});
