/**
 * Least squares on the probability simplex: min ‖X w − y‖² subject to w ≥ 0, Σw = 1.
 * Accelerated projected gradient (FISTA with adaptive restart) to find the support, and every 50
 * iterations an exact active-set step from that support (equality-constrained least squares),
 * accepted only when it satisfies the KKT conditions — then the answer is the exact optimum.
 * Deterministic (no randomness, fixed start at equal weights).
 */

/** Euclidean projection onto { w ≥ 0, Σw = 1 } (sort-based, Duchi et al. 2008). */
export function projectToSimplex(v: readonly number[]): number[] {
	const sorted = [...v].sort((a, b) => b - a);
	let cumulative = 0;
	let theta = 0;
	for (let i = 0; i < sorted.length; i++) {
		cumulative += sorted[i];
		const candidate = (cumulative - 1) / (i + 1);
		if (sorted[i] - candidate > 0) theta = candidate;
	}
	return v.map((x) => Math.max(0, x - theta));
}

/** projectToSimplex on a typed array, in place (scratch: same length, overwritten). */
function projectInPlace(x: Float64Array, scratch: Float64Array): void {
	scratch.set(x);
	scratch.sort();
	let cumulative = 0;
	let theta = 0;
	for (let i = scratch.length - 1, k = 1; i >= 0; i--, k++) {
		cumulative += scratch[i];
		const candidate = (cumulative - 1) / k;
		if (scratch[i] - candidate > 0) theta = candidate;
	}
	for (let i = 0; i < x.length; i++) x[i] = Math.max(0, x[i] - theta);
}

/** Solves A x = b by Gaussian elimination with partial pivoting; null when A is (near) singular. */
export function solveLinear(a: readonly (readonly number[])[], b: readonly number[]): number[] | null {
	const n = b.length;
	const m = a.map((row, i) => [...row, b[i]]);
	const scale = Math.max(1e-300, ...a.flat().map(Math.abs));
	for (let col = 0; col < n; col++) {
		let pivot = col;
		for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
		if (Math.abs(m[pivot][col]) < 1e-12 * scale) return null;
		[m[col], m[pivot]] = [m[pivot], m[col]];
		for (let r = col + 1; r < n; r++) {
			const f = m[r][col] / m[col][col];
			if (f === 0) continue;
			for (let k = col; k <= n; k++) m[r][k] -= f * m[col][k];
		}
	}
	const x = new Array<number>(n).fill(0);
	for (let r = n - 1; r >= 0; r--) {
		let s = m[r][n];
		for (let k = r + 1; k < n; k++) s -= m[r][k] * x[k];
		x[r] = s / m[r][r];
	}
	return x;
}

export interface SimplexLsOptions {
	maxIterations?: number;
	/** Stop when no weight moves by more than this in an iteration. */
	tolerance?: number;
	/** Stop when the Frank–Wolfe gap is below this fraction of yᵀy (default 1e-13). */
	gapTolerance?: number;
}

/**
 * Weights on the simplex minimising ‖X w − y‖², X given as columns (one per donor, each of the
 * length of y).
 */
export function simplexLeastSquares(
	columns: readonly (readonly number[])[],
	y: readonly number[],
	options: SimplexLsOptions = {}
): { weights: number[]; iterations: number; polished: boolean } {
	const J = columns.length;
	const T = y.length;
	if (J === 0) throw new RangeError('simplexLeastSquares: no columns');
	if (J === 1) return { weights: [1], iterations: 0, polished: true };
	const maxIterations = options.maxIterations ?? 20000;
	const tolerance = options.tolerance ?? 1e-12;

	// Gram matrix G = XᵀX and c = Xᵀy (J is at most a few dozen).
	const G = columns.map((ci) => columns.map((cj) => dot(ci, cj)));
	const c = columns.map((ci) => dot(ci, y));
	const L = largestEigenvalue(G);
	if (!(L > 0)) return { weights: new Array<number>(J).fill(1 / J), iterations: 0, polished: false };

	// Objective ½‖Xw − y‖² = ½wᵀGw − cᵀw + ½yᵀy; the Frank–Wolfe gap gᵀw − min_j g_j bounds the
	// distance to the optimum, so we stop once it is negligible relative to ½yᵀy.
	const gapTolerance = (options.gapTolerance ?? 1e-13) * Math.max(dot(y, y), 1e-300);
	// Typed arrays, updated in place: this loop runs thousands of times per placebo run.
	const Gflat = new Float64Array(J * J);
	for (let i = 0; i < J; i++) for (let j = 0; j < J; j++) Gflat[i * J + j] = G[i][j];
	let w = new Float64Array(J).fill(1 / J);
	let next = new Float64Array(J);
	const v = new Float64Array(J).fill(1 / J);
	const grad = new Float64Array(J);
	const scratch = new Float64Array(J);
	let t = 1;
	let iterations = 0;
	for (; iterations < maxIterations; iterations++) {
		if (iterations % 50 === 49) {
			// The active-set step is exact and verified by the KKT conditions: once FISTA has found
			// (a superset of) the optimal support, it finishes the job.
			const current = Array.from(w);
			const exact = polish(G, c, current, T);
			if (exact) return { weights: exact, iterations, polished: true };
			if (frankWolfeGap(gradient(G, c, current), current) <= gapTolerance) break;
		}
		for (let i = 0; i < J; i++) {
			let s = -c[i];
			const row = i * J;
			for (let j = 0; j < J; j++) s += Gflat[row + j] * v[j];
			grad[i] = s;
			next[i] = v[i] - s / L;
		}
		projectInPlace(next, scratch);
		let moved = 0;
		let restartTest = 0;
		for (let j = 0; j < J; j++) {
			moved = Math.max(moved, Math.abs(next[j] - w[j]));
			restartTest += grad[j] * (next[j] - w[j]);
		}
		if (moved < tolerance) {
			w = next;
			break;
		}
		// Adaptive restart (O'Donoghue & Candès): drop the momentum when it points uphill.
		if (restartTest > 0) t = 1;
		const tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
		const beta = (t - 1) / tNext;
		for (let j = 0; j < J; j++) v[j] = next[j] + beta * (next[j] - w[j]);
		[w, next] = [next, w];
		t = tNext;
	}

	const final = Array.from(w);
	const polishedWeights = polish(G, c, final, T);
	return polishedWeights ? { weights: polishedWeights, iterations, polished: true } : { weights: final, iterations, polished: false };
}

function dot(a: readonly number[], b: readonly number[]): number {
	let s = 0;
	for (let i = 0; i < a.length; i++) s += a[i] * b[i];
	return s;
}

function gradient(G: readonly number[][], c: readonly number[], w: readonly number[]): number[] {
	return G.map((row, j) => dot(row, w) - c[j]);
}

function frankWolfeGap(grad: readonly number[], w: readonly number[]): number {
	return dot(grad, w) - Math.min(...grad);
}

/** Largest eigenvalue of a symmetric positive semi-definite matrix (power iteration). */
function largestEigenvalue(G: readonly number[][]): number {
	let x = new Array<number>(G.length).fill(1 / Math.sqrt(G.length));
	let lambda = 0;
	for (let i = 0; i < 500; i++) {
		const y = G.map((row) => dot(row, x));
		const norm = Math.sqrt(dot(y, y));
		if (norm === 0) return 0;
		const next = norm;
		x = y.map((value) => value / norm);
		if (Math.abs(next - lambda) <= 1e-12 * next) {
			lambda = next;
			break;
		}
		lambda = next;
	}
	// A little headroom keeps the step 1/L safe when power iteration stops early.
	return lambda * 1.01;
}

/**
 * Active-set refinement from the support of w: solve the equality-constrained least squares
 * [G_SS 1; 1ᵀ 0][w; μ] = [c_S; 1]; drop the most negative weight, or add the donor that most
 * violates its KKT condition (g_j + μ ≥ 0), until neither happens. Null when a system is singular
 * (e.g. more donors on the support than months) or it does not settle; the caller keeps w then.
 */
function polish(G: readonly number[][], c: readonly number[], w: readonly number[], rows: number): number[] | null {
	const J = w.length;
	const support = new Set(w.map((x, j) => (x > 1e-9 ? j : -1)).filter((j) => j >= 0));
	for (let round = 0; round < 3 * J; round++) {
		const list = [...support].sort((a, b) => a - b);
		const k = list.length;
		// The bordered system is singular when k − 1 exceeds the number of rows of X.
		if (k === 0 || k - 1 > rows) return null;
		const a = list.map((i) => [...list.map((j) => G[i][j]), 1]);
		a.push([...new Array<number>(k).fill(1), 0]);
		const solution = solveLinear(a, [...list.map((i) => c[i]), 1]);
		if (!solution) return null;
		let worst = -1;
		for (let s = 0; s < k; s++) {
			if (solution[s] <= 0 && (worst < 0 || solution[s] < solution[worst])) worst = s;
		}
		if (worst >= 0) {
			support.delete(list[worst]);
			continue;
		}
		const mu = solution[k];
		const weights = new Array<number>(J).fill(0);
		list.forEach((j, s) => (weights[j] = solution[s]));
		const grad = gradient(G, c, weights);
		const scale = Math.max(1e-300, ...grad.map(Math.abs), Math.abs(mu));
		// Stationarity on the support (guards against a numerically poor solve).
		if (list.some((j) => Math.abs(grad[j] + mu) > 1e-7 * scale)) return null;
		let entering = -1;
		for (let j = 0; j < J; j++) {
			if (support.has(j)) continue;
			const violation = grad[j] + mu;
			if (violation < -1e-9 * scale && (entering < 0 || violation < grad[entering] + mu)) entering = j;
		}
		if (entering < 0) return weights;
		support.add(entering);
	}
	return null;
}
