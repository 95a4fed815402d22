// Runs a command as a child process and measures it as issue 13 asks: wall time and peak
// resident memory, the kernel's high-water mark (VmHWM in /proc/<pid>/status, Linux only),
// sampled until the child exits (the last sample is at most one interval before its end).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Measured {
	wallMs: number;
	/** Peak RSS in bytes (null where /proc is not readable). */
	peakRss: number | null;
	exitCode: number | null;
	/** The last lines the command wrote to stderr (its progress and any reason it failed). */
	stderrTail: string;
}

/** VmHWM of a /proc/<pid>/status text, in bytes. */
export function vmHwmBytes(status: string): number | null {
	const kib = /^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1];
	return kib === undefined ? null : Number(kib) * 1024;
}

export function runMeasured(cmd: string, args: string[], intervalMs = 100): Promise<Measured> {
	const started = performance.now();
	const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
	let peak: number | null = null;
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
	const sample = () => {
		try {
			const hwm = vmHwmBytes(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
			if (hwm !== null) peak = Math.max(peak ?? 0, hwm);
		} catch {
			// not started yet, or already gone
		}
	};
	const timer = setInterval(sample, intervalMs);
	return new Promise((resolvePromise, reject) => {
		child.on('error', (error) => {
			clearInterval(timer);
			reject(error);
		});
		child.on('exit', (code) => {
			clearInterval(timer);
			resolvePromise({
				wallMs: performance.now() - started,
				peakRss: peak,
				exitCode: code,
				stderrTail: stderr.split('\n').slice(-8).join('\n')
			});
		});
	});
}
