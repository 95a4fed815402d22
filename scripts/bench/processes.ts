// Resident memory of a Chromium instance's renderer processes, read from /proc (Linux only).
import { readdirSync, readFileSync } from 'node:fs';

interface Proc {
	pid: number;
	ppid: number;
	cmdline: string;
	rssKiB: number;
}

function processes(): Proc[] {
	const out: Proc[] = [];
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const status = readFileSync(`/proc/${name}/status`, 'utf8');
			const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
			const rssKiB = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
			const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ');
			out.push({ pid: Number(name), ppid, cmdline, rssKiB });
		} catch {
			// The process ended while we looked.
		}
	}
	return out;
}

/** Sum of the RSS (bytes) of the renderer processes of the browser using `userDataDir`; null if unknown. */
export function rendererMemory(userDataDir: string): number | null {
	const all = processes();
	const root = all.find((p) => p.cmdline.includes(`--user-data-dir=${userDataDir}`) && !p.cmdline.includes('--type='));
	if (!root) return null;
	const children = new Map<number, Proc[]>();
	for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
	let total = 0;
	const stack = [root.pid];
	while (stack.length) {
		const pid = stack.pop()!;
		for (const c of children.get(pid) ?? []) {
			stack.push(c.pid);
			if (c.cmdline.includes('--type=renderer') && !c.cmdline.includes('--extension-process')) total += c.rssKiB * 1024;
		}
	}
	return total || null;
}
