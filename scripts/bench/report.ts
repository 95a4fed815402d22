// Per-view figures of the change latencies: one row per control group and one for both, and
// the slowest changes by name so a reader sees what is slow.
import type { ChangeResult, ControlGroup } from './change-outcome';
import { fmtLatency, median, p90 } from './stats';

export const REPORT_HEADER = [
	'view',
	'controls',
	'changes',
	'queries',
	'median query',
	'p90 query',
	'median answered',
	'median redrawn',
	'p90 redrawn',
	'median seen',
	'no chart redrawn'
];

/** One table row: `changes` of one view (all of them or one group's). */
export function summaryRow(view: string, label: string, changes: readonly ChangeResult[]): string[] {
	const queryMs = changes.flatMap((c) => c.queryMs);
	const answered = changes.flatMap((c) => (c.answeredMs === null ? [] : [c.answeredMs]));
	const redrawn = changes.flatMap((c) => (c.redrawnMs === null ? [] : [c.redrawnMs]));
	// A change that drew no chart on screen counts with its redrawn time (never flattering).
	const seen = changes.flatMap((c) => (c.redrawnMs === null ? [] : [c.seenMs ?? c.redrawnMs]));
	return [
		view,
		label,
		String(changes.length),
		String(queryMs.length),
		fmtLatency(median(queryMs)),
		fmtLatency(p90(queryMs)),
		fmtLatency(median(answered)),
		fmtLatency(median(redrawn)),
		fmtLatency(p90(redrawn)),
		fmtLatency(median(seen)),
		String(changes.filter((c) => !c.chartChanged).length)
	];
}

/**
 * Rows for each group that had changes, then "all" (or one "no controls" row), then "all" split
 * by whether the change ran a query: a view seen before in the visit is answered from the
 * page's result cache, so a change back to it runs none and the split shows both costs.
 */
export function viewRows(view: string, changes: readonly ChangeResult[]): string[][] {
	const groups: ControlGroup[] = ['filter bar', 'page controls'];
	const rows = groups
		.map((g) => [g, changes.filter((c) => c.group === g)] as const)
		.filter(([, cs]) => cs.length > 0)
		.map(([g, cs]) => summaryRow(view, g, cs));
	if (rows.length === 0) return [[view, 'no controls', '0', ...REPORT_HEADER.slice(3).map(() => '—')]];
	const queried = changes.filter((c) => c.queryMs.length > 0);
	const split = [
		...(queried.length ? [summaryRow(view, '…ran queries', queried)] : []),
		...(queried.length < changes.length
			? [
					summaryRow(
						view,
						'…no query',
						changes.filter((c) => c.queryMs.length === 0)
					)
				]
			: [])
	];
	return [...rows, summaryRow(view, 'all', changes), ...split];
}

/** "control → value: 123 ms redrawn (…)" lines, slowest redraw first. */
export function slowestChanges(changes: readonly ChangeResult[], count: number): string[] {
	return changes
		.filter((c) => c.redrawnMs !== null)
		.sort((a, b) => (b.redrawnMs ?? 0) - (a.redrawnMs ?? 0))
		.slice(0, count)
		.map((c) => {
			const queries = `${c.queryMs.length} ${c.queryMs.length === 1 ? 'query' : 'queries'}`;
			const answered = c.answeredMs === null ? 'no query' : `${queries} answered ${fmtLatency(c.answeredMs)}`;
			const charts = `${c.charts} ${c.charts === 1 ? 'chart' : 'charts'} (${c.chartsOnScreen} on screen, seen ${fmtLatency(c.seenMs)})`;
			return `${c.name}: ${fmtLatency(c.redrawnMs)} redrawn (${answered}, ${charts}; ${c.group})`;
		});
}

/** Names of the changes after which no chart changed: with queries answered, and without. */
export function withoutRedraw(changes: readonly ChangeResult[]): { answered: string[]; idle: string[] } {
	const none = changes.filter((c) => !c.chartChanged);
	return {
		answered: none.filter((c) => c.answeredMs !== null).map((c) => c.name),
		idle: none.filter((c) => c.answeredMs === null).map((c) => c.name)
	};
}
