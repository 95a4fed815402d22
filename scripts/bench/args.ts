// The benchmark's command line.
export interface Options {
	rows: number | null;
	runs: number;
	skipBuild: boolean;
	/** Site paths to measure (null: every prerendered view). */
	views: string[] | null;
}

const USAGE = 'Usage: npm run bench -- [--rows N] [--runs N] [--skip-build] [--views /trends/,/pilots/]';

/** "/trends/,pilots" → ['/trends/', '/pilots/']. */
export function parseViews(list: string): string[] {
	const views = list
		.split(',')
		.map((v) => v.trim())
		.filter(Boolean)
		.map((v) => `/${v.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/'));
	if (!views.length) throw new Error(`--views needs a comma-separated list of paths. ${USAGE}`);
	return [...new Set(views)];
}

export function parseArgs(argv: string[]): Options {
	const o: Options = { rows: null, runs: 3, skipBuild: false, views: null };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split(/=(.*)/s, 2);
		const value = () => Number((inline ?? argv[++i] ?? '').replaceAll('_', ''));
		if (flag === '--rows') o.rows = value();
		else if (flag === '--runs') o.runs = value();
		else if (flag === '--skip-build') o.skipBuild = true;
		else if (flag === '--views') o.views = parseViews(inline ?? argv[++i] ?? '');
		else throw new Error(`Unknown option ${argv[i]}. ${USAGE}`);
	}
	if (o.rows !== null && !(Number.isSafeInteger(o.rows) && o.rows > 0)) throw new Error('--rows needs a positive whole number');
	if (!(Number.isSafeInteger(o.runs) && o.runs > 0)) throw new Error('--runs needs a positive whole number');
	return o;
}
