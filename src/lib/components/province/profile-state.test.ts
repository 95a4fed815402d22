import { describe, expect, it } from 'vitest';
import { parseState, serializeState } from '../../state/schema';
import { profileSchema } from './profile-state';

describe('profileSchema', () => {
	it('reads the peer group and a custom list, and writes only what differs from the default', () => {
		const state = parseState(profileSchema, new URLSearchParams('peers=custom&with=79,01,01'));
		expect(state).toEqual({ peers: 'custom', with: ['01', '79'] });
		expect(serializeState(profileSchema, state).toString()).toBe('peers=custom&with=01%2C79');
		expect(serializeState(profileSchema, { peers: 'region', with: [] }).toString()).toBe('');
	});
	it('falls back to the defaults on anything else', () => {
		expect(parseState(profileSchema, new URLSearchParams('peers=all&with=1,abc'))).toEqual({ peers: 'region', with: [] });
	});
});
