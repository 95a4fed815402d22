// Least squares on the simplex: min ‖a − B w‖² subject to w ≥ 0, Σ w = 1 — the synthetic-control
// weight problem. Accelerated projected gradient (FISTA) with the exact Euclidean projection onto
// the simplex (Duchi et al. 2008). Small problems (≈12 periods × ≈60 donors) converge in a few
// hundred steps.

/** Euclidean projection of v onto { w ≥ 0, Σ w = 1 }. */
export function projectToSimplex(v: readonly number[]): number[] {
	const n = v.length;
	if (n === 0) return [];
	const sorted = [...v].sort((x, y) => y - x);
	let cumulative = 0;
	let theta = 0;
	for (let i = 0; i < n; i++) {
		cumulative += sorted[i];
		const candidate = (cumulative - 1) / (i + 1);
		if (sorted[i] - candidate > 0) theta = candidate;
	}
	return v.map((x) => Math.max(0, x - theta));
}

/**
 * Weights w (one per donor) minimising Σ_t (target[t] − Σ_j w_j · donors[j][t])².
 * `donors[j]` is donor j's series over the same periods as `target`.
 */
export function simplexLeastSquares(target: readonly number[], donors: readonly (readonly number[])[], iterations = 2000): number[] {
	const J = donors.length;
	const T = target.length;
	if (J === 0) return [];
	if (J === 1) return [1];
	// Gram matrix G = BᵀB and c = Bᵀa: the gradient is 2(Gw − c).
	const G = Array.from({ length: J }, (_, i) =>
		Array.from({ length: J }, (_, j) => {
			let s = 0;
			for (let t = 0; t < T; t++) s += donors[i][t] * donors[j][t];
			return s;
		})
	);
	const c = donors.map((d) => d.reduce((s, x, t) => s + x * target[t], 0));
	// Lipschitz constant of the gradient: 2·λmax(G), by power iteration (with a safety margin).
	let v = new Array<number>(J).fill(1 / Math.sqrt(J));
	let lambda = 0;
	for (let k = 0; k < 100; k++) {
		const Gv = G.map((row) => row.reduce((s, g, j) => s + g * v[j], 0));
		const norm = Math.hypot(...Gv);
		if (norm === 0) break;
		lambda = norm;
		v = Gv.map((x) => x / norm);
	}
	const step = lambda > 0 ? 1 / (2 * lambda * 1.05) : 1;
	let w = new Array<number>(J).fill(1 / J);
	let y = [...w];
	let tk = 1;
	for (let k = 0; k < iterations; k++) {
		const grad = G.map((row, i) => 2 * (row.reduce((s, g, j) => s + g * y[j], 0) - c[i]));
		const next = projectToSimplex(y.map((x, i) => x - step * grad[i]));
		const tNext = (1 + Math.sqrt(1 + 4 * tk * tk)) / 2;
		let moved = 0;
		y = next.map((x, i) => {
			moved = Math.max(moved, Math.abs(x - w[i]));
			return x + ((tk - 1) / tNext) * (x - w[i]);
		});
		w = next;
		tk = tNext;
		if (moved < 1e-10) break;
	}
	return w;
}
