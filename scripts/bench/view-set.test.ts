import { describe, expect, it } from 'vitest';
import { defaultViews } from './view-set';

describe('defaultViews', () => {
	it('keeps every view and one profile of each boundary list', () => {
		const paths = ['/', '/provinces/', '/provinces/79/', '/provinces/01/', '/provinces/63-02/', '/provinces/63-01/', '/trends/'];
		expect(defaultViews(paths)).toEqual(['/', '/provinces/', '/trends/', '/provinces/01/', '/provinces/63-01/']);
	});

	it('has no profile to add when the site has none', () => {
		expect(defaultViews(['/', '/rankings/'])).toEqual(['/', '/rankings/']);
	});
});
