// Least squares on the simplex: min ‖a − B w‖² subject to w ≥ 0, Σ w = 1 — the synthetic-control
// weight problem. Accelerated projected gradient (FISTA) on the Gram matrix with the exact
// Euclidean projection onto the simplex (Duchi et al. 2008). Typed arrays and no allocation in
// the loop: the placebo runs fit a few hundred of these per change of the page's options.

/** Euclidean projection of v onto { w ≥ 0, Σ w = 1 } (written into `out`). */
function projectInto(v: Float64Array, out: Float64Array, scratch: Float64Array): void {
	const n = v.length;
	scratch.set(v);
	scratch.sort();
	// scratch ascending: walk from the largest.
	let cumulative = 0;
	let theta = 0;
	for (let i = 0; i < n; i++) {
		const x = scratch[n - 1 - i];
		cumulative += x;
		const candidate = (cumulative - 1) / (i + 1);
		if (x - candidate > 0) theta = candidate;
	}
	for (let i = 0; i < n; i++) out[i] = Math.max(0, v[i] - theta);
}

export function projectToSimplex(v: readonly number[]): number[] {
	const n = v.length;
	const out = new Float64Array(n);
	projectInto(Float64Array.from(v), out, new Float64Array(n));
	return [...out];
}

/**
 * Weights w (one per donor) minimising Σ_t (target[t] − Σ_j w_j · donors[j][t])².
 * `donors[j]` is donor j's series over the same periods as `target`.
 */
export function simplexLeastSquares(target: readonly number[], donors: readonly (readonly number[])[], maxIterations = 5000): number[] {
	const J = donors.length;
	const T = target.length;
	if (J === 0) return [];
	if (J === 1) return [1];
	// Gram matrix G = BᵀB (row-major) and c = Bᵀa: the objective is wᵀGw − 2cᵀw + aᵀa.
	const G = new Float64Array(J * J);
	const c = new Float64Array(J);
	for (let i = 0; i < J; i++) {
		const di = donors[i];
		let ci = 0;
		for (let t = 0; t < T; t++) ci += di[t] * target[t];
		c[i] = ci;
		for (let j = i; j < J; j++) {
			const dj = donors[j];
			let s = 0;
			for (let t = 0; t < T; t++) s += di[t] * dj[t];
			G[i * J + j] = s;
			G[j * J + i] = s;
		}
	}
	let aa = 0;
	for (let t = 0; t < T; t++) aa += target[t] * target[t];
	// Lipschitz constant of the gradient 2(Gw − c): 2·λmax(G), by power iteration (+5 % margin).
	let v = new Float64Array(J).fill(1 / Math.sqrt(J));
	const Gv = new Float64Array(J);
	let lambda = 0;
	for (let k = 0; k < 60; k++) {
		let norm = 0;
		for (let i = 0; i < J; i++) {
			let s = 0;
			for (let j = 0; j < J; j++) s += G[i * J + j] * v[j];
			Gv[i] = s;
			norm += s * s;
		}
		norm = Math.sqrt(norm);
		if (norm === 0) break;
		lambda = norm;
		for (let i = 0; i < J; i++) v[i] = Gv[i] / norm;
	}
	if (lambda === 0) return new Array<number>(J).fill(1 / J);
	const step = 1 / (2 * lambda * 1.05);
	const w = new Float64Array(J).fill(1 / J);
	const y = new Float64Array(w);
	const next = new Float64Array(J);
	const trial = new Float64Array(J);
	const scratch = new Float64Array(J);
	const objective = (x: Float64Array) => {
		let q = 0;
		for (let i = 0; i < J; i++) {
			let s = 0;
			for (let j = 0; j < J; j++) s += G[i * J + j] * x[j];
			q += x[i] * (s - 2 * c[i]);
		}
		return q + aa;
	};
	let tk = 1;
	let lastObjective = objective(w);
	for (let k = 1; k <= maxIterations; k++) {
		for (let i = 0; i < J; i++) {
			let s = 0;
			for (let j = 0; j < J; j++) s += G[i * J + j] * y[j];
			trial[i] = y[i] - step * 2 * (s - c[i]);
		}
		projectInto(trial, next, scratch);
		const tNext = (1 + Math.sqrt(1 + 4 * tk * tk)) / 2;
		const momentum = (tk - 1) / tNext;
		for (let i = 0; i < J; i++) {
			y[i] = next[i] + momentum * (next[i] - w[i]);
			w[i] = next[i];
		}
		tk = tNext;
		// Stop when the objective no longer moves (relative to the target's size).
		if (k % 50 === 0) {
			const current = objective(w);
			if (Math.abs(lastObjective - current) <= 1e-12 * (aa + 1e-300) || current <= 1e-14 * (aa + 1e-300)) break;
			lastObjective = current;
		}
	}
	return [...w];
}
