// A province profile's default view, computed at build time with the builders and row functions
// of /rankings/, /trends/ and /pilots/: the survey rankings of the latest survey year of the
// page's boundary mode (and the year before), the dossier rows of every unit and the nation for
// the default period, the unit's monthly series, and the pilots' default evaluation. What is
// the same for every profile of a mode is computed once per build.
import { error } from '@sveltejs/kit';
import { getDataDb, type NativeDb } from '$lib/server/native-db';
import { allProvinceSlugs, parseProvinceSlug } from '$lib/reference/province-path';
import { buildRankingUnitsQuery } from '$lib/metrics/rankings-units';
import { buildSurveyRankingQuery, buildSurveyYearsQuery } from '$lib/metrics/rankings-survey';
import { buildDossierRankingQuery } from '$lib/metrics/rankings-dossier';
import { buildProvinceNationalDossierQuery } from '$lib/metrics/province-national';
import { unitsFromRows } from '$lib/metrics/rankings-rows-common';
import { profileSurvey, surveyRankings, type ProfileSurveyFigure, type SurveyRankings } from '$lib/metrics/province-profile';
import { trendSeriesQuery, buildHasTrendLinesQuery } from '$lib/metrics/trends-lines';
import {
	buildPilotDatesIllustrativeQuery,
	buildPilotMonthlySeriesQuery,
	buildPilotSurveySeriesQuery,
	buildPilotUnitsQuery
} from '$lib/metrics/pilots-series';
import { buildPilotsView, DEFAULT_PILOTS_OPTIONS } from '$lib/metrics/pilots-view';
import { buildPilotsDisplay, type PilotsDisplay } from '$lib/metrics/pilots-display';
import type { BoundaryMode } from '$lib/metrics/boundary';
import type { Row } from '$lib/metrics/query';
import { defaultGlobalFilters, periodDates } from '$lib/state/global-filters';
import { profilePeriod, type MonthPeriod } from '$lib/components/province/profile-period';
import { profileTrendFilters, pilotsOf, type ProfilePilot, type PeerSurvey, peerSurvey } from '$lib/components/province/profile-view';
import { profilePublishedIndices, type ProfileIndices } from '$lib/server/profile-indices';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	allProvinceSlugs().flatMap((code) => [
		{ lang: '', code },
		{ lang: 'en', code }
	]);

interface ModeSurvey {
	year: number | null;
	previousYear: number | null;
	rankings: SurveyRankings | null;
}

const surveyByMode = new Map<BoundaryMode, Promise<ModeSurvey>>();
let pilotsDisplay: Promise<{ display: PilotsDisplay; illustrative: boolean }> | undefined;

/** The survey rankings of a mode's latest survey year: the rankings page's calls, once per mode. */
async function modeSurvey(db: NativeDb, mode: BoundaryMode): Promise<ModeSurvey> {
	const years = (await db.run(buildSurveyYearsQuery())).filter((r) => mode === '34' || r.has_63 === true).map((r) => Number(r.survey_year));
	const year = years.at(-1) ?? null;
	if (year === null) return { year, previousYear: null, rankings: null };
	const previousYear = years.includes(year - 1) ? year - 1 : null;
	const units = unitsFromRows(await db.run(buildRankingUnitsQuery(mode)));
	const [current, previous] = await Promise.all([
		db.run(buildSurveyRankingQuery({ year, respondents: 'all', mode })),
		previousYear === null ? Promise.resolve(null) : db.run(buildSurveyRankingQuery({ year: previousYear, respondents: 'all', mode }))
	]);
	return { year, previousYear, rankings: surveyRankings(units, current, previous) };
}

async function defaultPilots(db: NativeDb) {
	const mode = DEFAULT_PILOTS_OPTIONS.mode;
	const [monthly, survey, units, [dates]] = await Promise.all([
		db.run(buildPilotMonthlySeriesQuery(mode)),
		db.run(buildPilotSurveySeriesQuery(mode)),
		db.run(buildPilotUnitsQuery(mode)),
		db.run(buildPilotDatesIllustrativeQuery())
	]);
	const view = buildPilotsView({ monthly, survey, units }, DEFAULT_PILOTS_OPTIONS);
	return { display: buildPilotsDisplay(view, DEFAULT_PILOTS_OPTIONS), illustrative: dates?.illustrative === true };
}

export interface ProfilePageData {
	mode: BoundaryMode;
	code: string;
	hasLinesTable: boolean;
	survey: {
		year: number | null;
		previousYear: number | null;
		figures: ProfileSurveyFigure[] | null;
		/** The SIPAS index of every unit of the mode (the benchmark's peers). */
		peers: PeerSurvey[];
	};
	initial: { period: MonthPeriod; units: Row[]; dossier: Row[]; national: Row[]; trend: Row[] };
	pilots: { rows: ProfilePilot[]; illustrative: boolean };
	publishedIndices: ProfileIndices;
}

export const load: PageServerLoad = async ({ params, parent }): Promise<ProfilePageData> => {
	const ref = parseProvinceSlug(params.code);
	if (ref === null) error(404, 'Unknown province');
	const { mode, code } = ref;
	const { span } = await parent();
	const db = await getDataDb();
	if (!surveyByMode.has(mode)) surveyByMode.set(mode, modeSurvey(db, mode));
	pilotsDisplay ??= defaultPilots(db);
	const period = profilePeriod(mode, defaultGlobalFilters(span), span);
	const dates = periodDates(period);
	const hasLinesTable = Number((await db.run(buildHasTrendLinesQuery()))[0]?.n) > 0;
	const [survey, pilots, units, dossier, national, trend, publishedIndices] = await Promise.all([
		surveyByMode.get(mode) as Promise<ModeSurvey>,
		pilotsDisplay,
		db.run(buildRankingUnitsQuery(mode)),
		db.run(buildDossierRankingQuery({ period: dates, mode })),
		db.run(buildProvinceNationalDossierQuery({ period: dates, mode })),
		db.run(trendSeriesQuery(profileTrendFilters(mode, code, dates), { kind: 'unit', key: code }, hasLinesTable)),
		profilePublishedIndices(db, mode, code)
	]);
	return {
		mode,
		code,
		hasLinesTable,
		survey: {
			year: survey.year,
			previousYear: survey.previousYear,
			figures: survey.rankings ? profileSurvey(survey.rankings, code) : null,
			peers: survey.rankings ? peerSurvey(survey.rankings.sipas.current) : []
		},
		initial: { period: { from: period.from, to: period.to }, units, dossier, national, trend },
		pilots: { rows: pilotsOf(pilots.display, mode, code), illustrative: pilots.illustrative },
		publishedIndices
	};
};
