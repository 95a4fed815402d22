/**
 * Seeded pseudo-random numbers, so that simulated figures (rank ranges, test data) are the same
 * on every reload and in every test run. Math.random is never used in this library.
 */

/** A seeded source of random numbers. */
export interface Rng {
	/** Uniform on [0, 1). */
	uniform(): number;
	/** Standard normal N(0, 1) (Box–Muller, both values of a pair used). */
	normal(): number;
	/** Integer uniform on 0 .. maxExclusive − 1. */
	int(maxExclusive: number): number;
}

/**
 * mulberry32: a 32-bit generator (period 2^32), small and fast, ample for a few million draws.
 * Returns a function giving uniform numbers on [0, 1).
 */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A seeded Rng (same seed → same sequence). */
export function createRng(seed: number): Rng {
	const next = mulberry32(seed);
	let spare: number | null = null;
	return {
		uniform: next,
		normal() {
			if (spare !== null) {
				const value = spare;
				spare = null;
				return value;
			}
			// 1 − u lies in (0, 1], so the logarithm is finite.
			const radius = Math.sqrt(-2 * Math.log(1 - next()));
			const angle = 2 * Math.PI * next();
			spare = radius * Math.sin(angle);
			return radius * Math.cos(angle);
		},
		int(maxExclusive: number) {
			if (!Number.isInteger(maxExclusive) || maxExclusive <= 0) {
				throw new RangeError(`int: maxExclusive must be a positive integer, got ${maxExclusive}`);
			}
			return Math.floor(next() * maxExclusive);
		}
	};
}
