// Which prerendered pages the bench measures when no --views are given: every view, but of the
// ~100 province profiles (one page per unit, all built from the same component) only the first
// of each boundary list, so a default run takes minutes rather than an hour.
const PROFILE = /^\/provinces\/(63-)?[^/]+\/$/;

export function defaultViews(paths: readonly string[]): string[] {
	let current: string | undefined;
	let preMerger: string | undefined;
	const out: string[] = [];
	for (const p of [...paths].sort()) {
		const m = PROFILE.exec(p);
		if (!m) out.push(p);
		else if (m[1]) preMerger ??= p;
		else current ??= p;
	}
	return [...out, ...[current, preMerger].filter((p): p is string => p !== undefined)];
}
