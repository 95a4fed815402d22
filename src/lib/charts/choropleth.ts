// Option builder of the province map: units coloured by quartile class (the ranking bars'
// colours, darkest = best quarter), suppressed units hatched grey, units without data light
// grey, Hoàng Sa and Trường Sa labelled, the source's attribution on the map. The geometry is
// registered beforehand under `mapName` (src/lib/geo/load-geometry.ts); its regions are named
// by code, so names from data only ever reach the tooltip, escaped.
import type { EChartsOption } from 'echarts';
import type { ChartTheme } from './chart-theme';
import { QUARTILE_COLORS } from './ranking-bars';
import { tooltipHtml, type TooltipLine } from './escape-html';
import { QUARTILES, type Quartile, type QuartileClasses } from '../stats/quartiles';
import type { Bounds } from '../geo/province-geometry';

export interface ChoroplethUnit {
	code: string;
	/** Display name (from data: treated as text). */
	name: string;
	value: number | null;
	/** Too few responses: drawn hatched, never with a value. */
	suppressed: boolean;
}

export interface ChoroplethLabels {
	value: string;
	/** The label of the class line (Quartile). */
	quartileHeading: string;
	quartile: Record<Quartile, string>;
	suppressed: string;
	noData: string;
	attribution: string;
	hoangSa: string;
	truongSa: string;
}

export type MapSize = 'full' | 'locator';

export interface ChoroplethInput {
	/** The name the geometry is registered under. */
	mapName: string;
	/** The geometry's extent (geoBounds): the map is framed to all of it, archipelagos included. */
	bounds: Bounds;
	units: readonly ChoroplethUnit[];
	classes: QuartileClasses;
	formatValue: (value: number) => string;
	labels: ChoroplethLabels;
	highlight?: string | null;
	size?: MapSize;
	/** Each archipelago's islands (archipelagoIslands) with the code of the unit that holds them. */
	islands?: readonly { code: string; points: readonly (readonly [number, number])[] }[];
	theme: ChartTheme;
}

/** Where the archipelagos' labels sit: above each group of islands, in the open sea. */
export const ARCHIPELAGO_LABEL_POSITIONS = { hoangSa: [112, 17.35], truongSa: [114, 11.7] } as const;

const SUPPRESSED_COLOR = '#8a939e';

export function noDataColor(theme: ChartTheme): string {
	return theme.dark ? '#3a4452' : '#e4e8ee';
}

/** The fill of one unit: its class colour, or the suppressed / no-data grey. */
export function unitFill(unit: ChoroplethUnit, classes: QuartileClasses, theme: ChartTheme): string {
	const quartile = classes.classOf.get(unit.code);
	if (quartile !== undefined) return QUARTILE_COLORS[quartile];
	return unit.suppressed ? SUPPRESSED_COLOR : noDataColor(theme);
}

/** Diagonal hatching over the grey of a suppressed unit (ECharts decal). */
const HATCH = { symbol: 'rect', color: 'rgba(255, 255, 255, 0.55)', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -Math.PI / 4 };

export interface LegendEntry {
	key: `q${Quartile}` | 'suppressed' | 'no_data';
	label: string;
	color: string;
	hatched: boolean;
}

/**
 * The legend: each non-empty class with its bounds ("Best quarter: 81.2 % – 88.0 %"), then
 * suppressed and no data when some unit is.
 */
export function choroplethLegend(
	units: readonly ChoroplethUnit[],
	classes: QuartileClasses,
	formatValue: (value: number) => string,
	labels: ChoroplethLabels,
	theme: ChartTheme
): LegendEntry[] {
	const entries: LegendEntry[] = [];
	for (const q of QUARTILES) {
		const b = classes.bounds[q];
		if (!b) continue;
		const range = b.min === b.max ? formatValue(b.min) : `${formatValue(b.min)} – ${formatValue(b.max)}`;
		entries.push({ key: `q${q}`, label: `${labels.quartile[q]}: ${range}`, color: QUARTILE_COLORS[q], hatched: false });
	}
	const unclassed = units.filter((u) => !classes.classOf.has(u.code));
	if (unclassed.some((u) => u.suppressed))
		entries.push({ key: 'suppressed', label: labels.suppressed, color: SUPPRESSED_COLOR, hatched: true });
	if (unclassed.some((u) => !u.suppressed))
		entries.push({ key: 'no_data', label: labels.noData, color: noDataColor(theme), hatched: false });
	return entries;
}

/** The tooltip of one unit: its name and value (or why there is none) and its class, as text. */
export function unitTooltip(unit: ChoroplethUnit, input: Pick<ChoroplethInput, 'classes' | 'formatValue' | 'labels' | 'theme'>): string {
	const { classes, labels } = input;
	const quartile = classes.classOf.get(unit.code);
	const value = unit.suppressed ? labels.suppressed : unit.value === null ? labels.noData : input.formatValue(unit.value);
	const lines: TooltipLine[] = [{ label: labels.value, value, color: unitFill(unit, classes, input.theme) }];
	if (quartile !== undefined) lines.push({ label: labels.quartileHeading, value: labels.quartile[quartile] });
	return tooltipHtml(unit.name, lines);
}

export function buildChoroplethOption(input: ChoroplethInput): EChartsOption {
	const { units, classes, labels, theme } = input;
	const size = input.size ?? 'full';
	const byCode = new Map(units.map((u) => [u.code, u]));
	/** Regions are named by code: the tooltip looks the unit up. */
	const formatter = (params: unknown) => {
		const name = (params as { name?: unknown }).name;
		const unit = typeof name === 'string' ? byCode.get(name) : undefined;
		return unit ? unitTooltip(unit, input) : '';
	};
	const [west, south, east, north] = input.bounds;
	const borderColor = theme.surface;
	const labelFont = size === 'full' ? 11 : 8;
	const archipelago = (name: string, position: readonly number[]) => ({
		name,
		value: [...position],
		label: {
			show: true,
			formatter: name,
			position: 'top' as const,
			distance: 0,
			color: theme.muted,
			fontStyle: 'italic' as const,
			fontSize: labelFont,
			fontFamily: theme.font,
			// Wrapped rather than cut at the map's edge (the English names are long).
			width: size === 'full' ? 120 : 64,
			overflow: 'break' as const,
			align: 'center' as const
		}
	});
	return {
		animation: false,
		textStyle: { fontFamily: theme.font },
		title: {
			text: labels.attribution,
			right: 4,
			bottom: 2,
			textStyle: { fontSize: size === 'full' ? 11 : 8, fontWeight: 'normal', color: theme.muted, fontFamily: theme.font }
		},
		tooltip: {
			trigger: 'item',
			confine: true,
			backgroundColor: theme.surface,
			borderColor: theme.grid,
			textStyle: { color: theme.text },
			formatter
		},
		geo: {
			map: input.mapName,
			roam: false,
			// Equirectangular at ~16° N: a degree of longitude is cos 16° ≈ 0.96 of one of latitude.
			aspectScale: 0.96,
			selectedMode: false,
			// [[west, north], [east, south]]: the whole geometry, so both archipelagos are in view.
			boundingCoords: [
				[west, north],
				[east, south]
			],
			top: size === 'full' ? 8 : 2,
			bottom: size === 'full' ? 22 : 12,
			left: 4,
			right: 4,
			// The geo component's own tooltip (the top-level formatter does not reach it).
			tooltip: { show: true, formatter },
			label: { show: false },
			itemStyle: { areaColor: noDataColor(theme), borderColor, borderWidth: size === 'full' ? 0.6 : 0.3 },
			emphasis: { label: { show: false }, itemStyle: { borderColor: theme.text, borderWidth: 1.5 } },
			regions: units.map((unit) => {
				const fill = unitFill(unit, classes, theme);
				const highlighted = unit.code === input.highlight;
				return {
					name: unit.code,
					itemStyle: {
						areaColor: fill,
						...(unit.suppressed && !classes.classOf.has(unit.code) ? { decal: HATCH } : {}),
						...(highlighted ? { borderColor: theme.text, borderWidth: size === 'full' ? 2 : 1.2 } : {})
					},
					emphasis: { itemStyle: { areaColor: fill } }
				};
			})
		},
		series: [
			{
				// The islands are a pixel or two across: a dot in their unit's colour marks each.
				id: 'islands',
				type: 'scatter',
				coordinateSystem: 'geo',
				silent: true,
				symbolSize: size === 'full' ? 4 : 2,
				tooltip: { show: false },
				data: (input.islands ?? []).flatMap(({ code, points }) => {
					const unit = byCode.get(code);
					const color = unit ? unitFill(unit, classes, theme) : noDataColor(theme);
					return points.map((point) => ({ value: [...point], itemStyle: { color, borderColor: theme.muted, borderWidth: 0.5 } }));
				})
			},
			{
				id: 'archipelagos',
				type: 'scatter',
				coordinateSystem: 'geo',
				silent: true,
				symbolSize: 0,
				tooltip: { show: false },
				data: [
					archipelago(labels.hoangSa, ARCHIPELAGO_LABEL_POSITIONS.hoangSa),
					archipelago(labels.truongSa, ARCHIPELAGO_LABEL_POSITIONS.truongSa)
				]
			}
		]
	};
}
