// The data-quality page reads the data folder's manifest at build time (the browser re-reads
// /data/manifest.json after mount, in case the data was replaced without a rebuild).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const dir = process.env.REFORM_LENS_DATA ?? 'data';
	return { manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as unknown };
};
