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
export function simplexLeastSquares(target: readonly number[], donors: readonly (readonly number[])[], maxIterations = 1500): number[] {
	const J = donors.length;
	const T = target.length;
	if (J === 0) return [];
	if (J === 1) return [1];
	// B stored period-major (T × J): with few periods and many donors, working with B (O(T·J)
	// per step) is cheaper than with the Gram matrix (O(J²)).
	const B = new Float64Array(T * J);
	for (let j = 0; j < J; j++) for (let t = 0; t < T; t++) B[t * J + j] = donors[j][t];
	let aa = 0;
	for (let t = 0; t < T; t++) aa += target[t] * target[t];
	const residual = new Float64Array(T);
	const gradient = new Float64Array(J);
	// r = Bx − a; returns ‖r‖²
	const residualOf = (x: Float64Array) => {
		let ss = 0;
		for (let t = 0; t < T; t++) {
			let s = -target[t];
			const row = t * J;
			for (let j = 0; j < J; j++) s += B[row + j] * x[j];
			residual[t] = s;
			ss += s * s;
		}
		return ss;
	};
	const gradientOf = (x: Float64Array) => {
		const ss = residualOf(x);
		gradient.fill(0);
		for (let t = 0; t < T; t++) {
			const r2 = 2 * residual[t];
			const row = t * J;
			for (let j = 0; j < J; j++) gradient[j] += B[row + j] * r2;
		}
		return ss;
	};
	// Lipschitz constant of the gradient: 2·λmax(BᵀB) = 2·λmax(BBᵀ), power iteration on the T × T side.
	const BBt = new Float64Array(T * T);
	for (let s = 0; s < T; s++)
		for (let t = s; t < T; t++) {
			let v = 0;
			for (let j = 0; j < J; j++) v += B[s * J + j] * B[t * J + j];
			BBt[s * T + t] = v;
			BBt[t * T + s] = v;
		}
	let v = new Float64Array(T).fill(1 / Math.sqrt(T));
	const Mv = new Float64Array(T);
	let lambda = 0;
	for (let k = 0; k < 60; k++) {
		let norm = 0;
		for (let s = 0; s < T; s++) {
			let acc = 0;
			for (let t = 0; t < T; t++) acc += BBt[s * T + t] * v[t];
			Mv[s] = acc;
			norm += acc * acc;
		}
		norm = Math.sqrt(norm);
		if (norm === 0) break;
		lambda = norm;
		for (let s = 0; s < T; s++) v[s] = Mv[s] / norm;
	}
	if (lambda === 0) return new Array<number>(J).fill(1 / J);
	const step = 1 / (2 * lambda * 1.05);
	const w = new Float64Array(J).fill(1 / J);
	const y = new Float64Array(w);
	const next = new Float64Array(J);
	const trial = new Float64Array(J);
	const scratch = new Float64Array(J);
	let tk = 1;
	let lastObjective = residualOf(w);
	for (let k = 1; k <= maxIterations; k++) {
		gradientOf(y);
		for (let j = 0; j < J; j++) trial[j] = y[j] - step * gradient[j];
		projectInto(trial, next, scratch);
		const tNext = (1 + Math.sqrt(1 + 4 * tk * tk)) / 2;
		const momentum = (tk - 1) / tNext;
		for (let j = 0; j < J; j++) {
			y[j] = next[j] + momentum * (next[j] - w[j]);
			w[j] = next[j];
		}
		tk = tNext;
		// Stop when the fit is exact (1e-9 of the target's size) or improves by < 1e-6 in 25 steps.
		if (k % 25 === 0) {
			const current = residualOf(w);
			if (current <= 1e-9 * aa || lastObjective - current <= 1e-6 * lastObjective) break;
			lastObjective = current;
		}
	}
	return [...w];
}
