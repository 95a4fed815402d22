// The rankings page's map indicator key: `mapidx` = a published index's code shown on the map
// instead of the ranking's indicator ('' = the ranking's indicator). Which codes exist is the
// data's (mapIndexChoices); an unknown one falls back to the ranking's indicator.
import type { Field, Schema } from '../../state/schema';
import type { MapIndexChoice } from '../../metrics/indices-province';

export interface MapIndexState {
	mapidx: string;
}

const codeField: Field<string> = {
	default: '',
	parse: (raw) => (/^[A-Z0-9_]{1,40}$/.test(raw) ? raw : undefined),
	serialize: (value) => value
};

export const mapIndexSchema: Schema<MapIndexState> = { mapidx: codeField };

/** The chosen index among the mode's choices, or null for the ranking's own indicator. */
export function chosenMapIndex(choices: readonly MapIndexChoice[], state: MapIndexState): MapIndexChoice | null {
	return choices.find((c) => c.index === state.mapidx) ?? null;
}
