// A profile's own URL keys (next to the global period and boundaries): `peers`, the benchmark's
// peer group (the region, the centrally-run cities, or a custom list), and `with`, the custom
// list's codes. Only listed values are read, so a hand-edited link still opens a valid view.
import { enumField, type Field, type Schema } from '../../state/schema';
import type { PeerGroup } from '../../metrics/province-profile';

export const PEER_GROUPS: readonly PeerGroup[] = ['region', 'cities', 'custom'];

export interface ProfileState {
	peers: PeerGroup;
	/** Codes of the custom peer list (sorted, unique). */
	with: string[];
}

/** A comma-separated list of 2-digit codes, at most 63. */
export const codeListField: Field<string[]> = {
	default: [],
	parse(raw) {
		if (raw === '') return [];
		const codes = [...new Set(raw.split(','))];
		if (codes.length > 63 || !codes.every((c) => /^\d{2}$/.test(c))) return undefined;
		return codes.sort();
	},
	serialize: (value) => value.join(',')
};

export const profileSchema: Schema<ProfileState> = {
	peers: enumField(PEER_GROUPS, 'region'),
	with: codeListField
};
