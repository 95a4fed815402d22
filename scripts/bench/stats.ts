export function median(values: number[]): number | null {
	const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
	if (!v.length) return null;
	const mid = v.length >> 1;
	return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Nearest-rank percentile q in (0, 1] (the smallest value at or above q of them), ignoring non-finite values. */
export function percentile(values: number[], q: number): number | null {
	const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
	return v.length ? v[Math.max(0, Math.ceil(v.length * q) - 1)] : null;
}

export function p90(values: number[]): number | null {
	return percentile(values, 0.9);
}

export function fmtMs(ms: number | null | undefined): string {
	return ms === null || ms === undefined || !Number.isFinite(ms) ? '—' : `${(ms / 1000).toFixed(2)} s`;
}

export function fmtLatency(ms: number | null | undefined): string {
	return ms === null || ms === undefined || !Number.isFinite(ms) ? '—' : `${Math.round(ms)} ms`;
}

export function fmtBytes(bytes: number | null | undefined): string {
	if (bytes === null || bytes === undefined) return '—';
	return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(0)} KiB`;
}

/** A plain text table with aligned columns. */
export function table(header: string[], rows: string[][]): string {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
