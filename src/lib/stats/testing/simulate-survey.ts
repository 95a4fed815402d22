/**
 * Test support: simulated weighted survey respondents and their survey_cube rows.
 * Used by the coverage tests of proportion.ts and sipas-index.ts (not by the site).
 */
import type { Rng } from '../random';
import type { CrossSums } from '../sipas-cells';

export interface SimRespondent {
	psu: string | null;
	/** Design stratum (omitted: one stratum). */
	stratum?: string;
	w: number;
	/** One answer per factor: 1 = rated 4–5, 0 = rated 1–3, null = not answered. */
	y: (number | null)[];
}

export interface SimCubeRow {
	factor: string;
	psu: string | null;
	stratum?: string;
	/** Respondents of the PSU (and stratum), answered or not. */
	n_resp?: number;
	/** Cross sums with each factor g (sipas-cells.ts). */
	cross?: Record<string, CrossSums>;
	n: number;
	n_pos: number;
	sum_w: number;
	sum_w2: number;
	sum_w_pos: number;
	sum_w2_pos: number;
}

export interface SimDesign {
	/** True share of each factor in the population. */
	shares: number[];
	psuCount: number;
	perPsu: number;
	/** PSU effect: each PSU shifts every factor's share by +psuShift or −psuShift (mean 0). */
	psuShift: number;
	/** Respondent effect: each respondent shifts every factor's share by ±respondentShift. */
	respondentShift: number;
	/** Write psu = null into the rows (the export had no PSU). */
	dropPsu: boolean;
}

/** Weights lognormal with σ = 0.5, independent of the answers (so the weighted share is unbiased). */
export function simulateRespondents(rng: Rng, design: SimDesign): SimRespondent[] {
	const respondents: SimRespondent[] = [];
	for (let h = 0; h < design.psuCount; h++) {
		const psuEffect = rng.uniform() < 0.5 ? -design.psuShift : design.psuShift;
		for (let i = 0; i < design.perPsu; i++) {
			const own = rng.uniform() < 0.5 ? -design.respondentShift : design.respondentShift;
			const w = Math.exp(0.5 * rng.normal());
			const y = design.shares.map((share) => (rng.uniform() < share + psuEffect + own ? 1 : 0));
			respondents.push({ psu: design.dropPsu ? null : `P${h}`, w, y });
		}
	}
	return respondents;
}

/** Aggregates respondents into cube rows per factor, stratum and PSU (as the importer does). */
export function toCubeRows(respondents: readonly SimRespondent[], factors: readonly string[]): SimCubeRow[] {
	const rows = new Map<string, SimCubeRow>();
	for (const r of respondents) {
		factors.forEach((factor, k) => {
			const key = `${factor}|${r.stratum ?? ''}|${r.psu}`;
			let row = rows.get(key);
			if (!row) {
				const cross = Object.fromEntries(factors.map((g) => [g, { w2: 0, w2_pos: 0, w2_pos_pos: 0 }]));
				row = { factor, psu: r.psu, n: 0, n_pos: 0, sum_w: 0, sum_w2: 0, sum_w_pos: 0, sum_w2_pos: 0, n_resp: 0, cross };
				if (r.stratum !== undefined) row.stratum = r.stratum;
				rows.set(key, row);
			}
			row.n_resp = (row.n_resp ?? 0) + 1;
			const y = r.y[k];
			if (y === null) return;
			const w2 = r.w * r.w;
			row.n += 1;
			row.sum_w += r.w;
			row.sum_w2 += w2;
			if (y === 1) {
				row.n_pos += 1;
				row.sum_w_pos += r.w;
				row.sum_w2_pos += w2;
			}
			factors.forEach((g, j) => {
				const yg = r.y[j];
				if (yg === null || !row?.cross) return;
				const x = row.cross[g];
				x.w2 += w2;
				if (y === 1) x.w2_pos += w2;
				if (y === 1 && yg === 1) x.w2_pos_pos += w2;
			});
		});
	}
	return [...rows.values()];
}

/** Rows of one respondent list given as [w, y] pairs per PSU (hand-computed examples). */
export function rowsFromPairs(
	psus: Record<string, [number, number][]>,
	options: { stratum?: string; dropPsu?: boolean } = {}
): (SimCubeRow & { stratum?: string })[] {
	return Object.entries(psus).map(([psu, pairs]) => {
		const row: SimCubeRow & { stratum?: string } = {
			factor: 'access',
			psu: options.dropPsu ? null : psu,
			n: pairs.length,
			n_pos: 0,
			sum_w: 0,
			sum_w2: 0,
			sum_w_pos: 0,
			sum_w2_pos: 0
		};
		for (const [w, y] of pairs) {
			row.sum_w += w;
			row.sum_w2 += w * w;
			if (y === 1) {
				row.n_pos += 1;
				row.sum_w_pos += w;
				row.sum_w2_pos += w * w;
			}
		}
		if (options.stratum !== undefined) row.stratum = options.stratum;
		return row;
	});
}
