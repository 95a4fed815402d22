/**
 * The "766-inspired" dossier service score (METRICS.md): the part of Decision 766/QĐ-TTg's
 * scoring that dossier data supports, rescaled to 100. Not the official score (the UI says so).
 *
 * Components (points, threshold), with the official conversion: full points at or above the
 * threshold, else points × value / threshold.
 *   on-time rate          20, against 100 % (i.e. 20 × rate)
 *   online share          12, threshold 50 %
 *   online payment share  10, threshold 80 %
 *   digitization share    22, threshold 80 %
 * Total = earned / available points × 100 (64 points → 100 when all four are known).
 * A component whose input is missing (null, undefined or NaN) is reported `missing` and left out
 * of both the earned and the available points, so the score rescales the known part; `complete`
 * tells the page to say so. With no component known the score is null.
 */

export type Score766Key = 'onTime' | 'online' | 'onlinePayment' | 'digitization';

export interface Score766ComponentSpec {
	key: Score766Key;
	/** Maximum points of the component. */
	points: number;
	/** Share (0..1) at or above which the full points are earned. */
	threshold: number;
}

export const SCORE_766_COMPONENTS: readonly Score766ComponentSpec[] = [
	{ key: 'onTime', points: 20, threshold: 1 },
	{ key: 'online', points: 12, threshold: 0.5 },
	{ key: 'onlinePayment', points: 10, threshold: 0.8 },
	{ key: 'digitization', points: 22, threshold: 0.8 }
];

/** Shares as fractions in [0, 1]; null/undefined/NaN = not available. */
export type Score766Input = Partial<Record<Score766Key, number | null>>;

export interface Score766Component extends Score766ComponentSpec {
	value: number | null;
	/** Points earned; null when missing. */
	earned: number | null;
	missing: boolean;
}

export interface Score766Result {
	components: Score766Component[];
	/** Sum of earned points (out of availablePoints). */
	earnedPoints: number;
	/** Points of the components that are known (64 when all are). */
	availablePoints: number;
	/** 64: the points the four components carry in the official scheme. */
	maxPoints: number;
	/** earned / available × 100, or null when no component is known. */
	score: number | null;
	/** All four components known. */
	complete: boolean;
}

/** Official conversion: full points at or above the threshold, else points × value / threshold. */
export function componentPoints(value: number, points: number, threshold: number): number {
	if (!(value >= 0 && value <= 1)) throw new RangeError(`score766: share must be in [0, 1], got ${value}`);
	return value >= threshold ? points : (points * value) / threshold;
}

export function score766(input: Score766Input): Score766Result {
	const components = SCORE_766_COMPONENTS.map((spec): Score766Component => {
		const raw = input[spec.key];
		const missing = raw === null || raw === undefined || Number.isNaN(raw);
		const value = missing ? null : raw;
		return {
			...spec,
			value,
			earned: value === null ? null : componentPoints(value, spec.points, spec.threshold),
			missing
		};
	});
	const known = components.filter((c) => !c.missing);
	const earnedPoints = known.reduce((acc, c) => acc + (c.earned ?? 0), 0);
	const availablePoints = known.reduce((acc, c) => acc + c.points, 0);
	const maxPoints = SCORE_766_COMPONENTS.reduce((acc, c) => acc + c.points, 0);
	return {
		components,
		earnedPoints,
		availablePoints,
		maxPoints,
		score: availablePoints > 0 ? (earnedPoints / availablePoints) * 100 : null,
		complete: known.length === components.length
	};
}
