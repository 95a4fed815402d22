// Data every page needs at build time: the months that hold dossiers (the global filters'
// default period is the last 12 of them) and where the data comes from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDataDb } from '$lib/server/native-db';
import { buildDataSpanQuery } from '$lib/metrics/overview';
import type { DataSpan } from '$lib/state/global-filters';
import type { LayoutServerLoad } from './$types';

export interface DataInfo {
	source: 'demo' | 'import';
	exportDate: string | null;
}

function readDataInfo(): DataInfo {
	const dir = process.env.REFORM_LENS_DATA ?? 'data';
	const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
		source?: string;
		export_date?: string;
	};
	return { source: manifest.source === 'import' ? 'import' : 'demo', exportDate: manifest.export_date ?? null };
}

export const load: LayoutServerLoad = async () => {
	const [row] = await (await getDataDb()).run(buildDataSpanQuery());
	if (!row?.first_month || !row.last_month) throw new Error('dossier_cube has no received dossiers');
	const span: DataSpan = { firstMonth: String(row.first_month), lastMonth: String(row.last_month) };
	return { span, dataInfo: readDataInfo() };
};
