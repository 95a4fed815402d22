// How long each stage of one /explore/ analysis took (ms), for the bench (issue 18's 15 s target
// is met or missed by stage, so the figure names where the time goes). A stage ends when the next
// one begins; a stage entered again (the next file's scan) adds to its total. `record` takes a
// stage that overlaps the others (the engine booting while the file is scanned).
export type StageTotals = Record<string, number>;

export interface StageClock {
	/** The analysis is now in `stage` (a repeat of the current stage changes nothing). */
	enter(stage: string): void;
	/** Adds `ms` to `stage`, outside the sequence. */
	record(stage: string, ms: number): void;
	/** Ends the current stage; the totals, rounded to whole ms. */
	finish(): StageTotals;
}

export function stageClock(now: () => number = () => performance.now()): StageClock {
	const totals: StageTotals = {};
	let current: { stage: string; since: number } | null = null;
	const add = (stage: string, ms: number) => (totals[stage] = (totals[stage] ?? 0) + ms);
	const close = () => {
		if (current) add(current.stage, now() - current.since);
		current = null;
	};
	return {
		enter(stage) {
			if (current?.stage === stage) return;
			close();
			current = { stage, since: now() };
		},
		record: add,
		finish() {
			close();
			return Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, Math.round(v)]));
		}
	};
}
