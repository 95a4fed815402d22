/**
 * Public API of the statistics library (pure TypeScript: no DOM, no database).
 * Shares and indices are fractions in [0, 1]; the pages format them as percentages.
 */
export { createRng, mulberry32, type Rng } from './random';
export { normalCdf, normalQuantile, zForLevel } from './normal';
export { tCdf, tCriticalValue, tQuantile } from './student-t';
export {
	kishNeff,
	linearisedShareVariance,
	proportionInterval,
	sumCounts,
	weightedShare,
	wilsonInterval,
	type Interval,
	type ProportionEstimate,
	type ProportionVarianceMethod,
	type PsuCell,
	type WeightedCounts
} from './proportion';
export {
	MIN_RESPONSES,
	SIPAS_FACTORS,
	sipasIndex,
	sipasRankUnit,
	type FactorIndex,
	type SipasFactor,
	type SipasIndexEstimate,
	type SipasIndexOptions,
	type SipasIndexResult,
	type SipasIndexSuppressed,
	type SurveyCubeRow
} from './sipas-index';
export { sipasIndexVariance, type IndexVariance } from './sipas-variance';
export { CROSS_COLUMNS, crossColumn, type CrossSums } from './sipas-cells';
export {
	DEFAULT_RANK_SEED,
	distinguishableFromReference,
	rankRanges,
	type RankRange,
	type RankRangeOptions,
	type RankUnit
} from './rank-ranges';
export {
	SCORE_766_COMPONENTS,
	componentPoints,
	score766,
	type Score766Component,
	type Score766ComponentSpec,
	type Score766Input,
	type Score766Key,
	type Score766Result
} from './score-766';
export { empiricalQuantile, histogramQuantile, type HistogramBin } from './quantile';
export { inWindow, mean, meanSeries, seriesMap, type EventWindow, type SeriesPoint } from './series';
export {
	DEFAULT_DID_WINDOWS,
	differenceInDifferences,
	eventStudy,
	gapSeries,
	type DidResult,
	type DidWindows,
	type EventStudyOptions,
	type EventStudyPoint
} from './did';
export { syntheticControl, type DonorSeries, type SyntheticControlOptions, type SyntheticControlResult } from './synthetic-control';
export { projectToSimplex, simplexLeastSquares } from './simplex';
export {
	permutationPValue,
	placeboBand,
	placeboInference,
	type PlaceboBandPoint,
	type PlaceboEstimate,
	type PlaceboOptions,
	type PlaceboResult,
	type PlaceboRun
} from './placebo';
