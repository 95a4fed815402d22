// The command line of `npm run bench -- --explore` (scripts/bench/explore.ts).
export interface ExploreOptions {
	rows: number;
	/** Fresh browsers, each choosing the file once. */
	runs: number;
	/** Rounds of filter changes after each run's figures (each round: every control, to another value and back). */
	rounds: number;
	skipBuild: boolean;
	/** A built site to serve instead of build/ (a baseline kept aside); implies --skip-build. */
	site: string | null;
}

const USAGE = 'Usage: npm run bench -- --explore [--rows N] [--runs N] [--rounds N] [--skip-build] [--site DIR]';

export function parseExploreArgs(argv: string[]): ExploreOptions {
	const o: ExploreOptions = { rows: 1_000_000, runs: 1, rounds: 2, skipBuild: false, site: null };
	const whole = (flag: string, text: string, min: number) => {
		const n = Number(text.replaceAll('_', ''));
		if (!(text !== '' && Number.isSafeInteger(n) && n >= min)) throw new Error(`${flag} needs a whole number ≥ ${min}. ${USAGE}`);
		return n;
	};
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split(/=(.*)/s, 2);
		const value = () => inline ?? argv[++i] ?? '';
		if (flag === '--explore') continue;
		else if (flag === '--rows') o.rows = whole(flag, value(), 1);
		else if (flag === '--runs') o.runs = whole(flag, value(), 1);
		else if (flag === '--rounds') o.rounds = whole(flag, value(), 0);
		else if (flag === '--skip-build') o.skipBuild = true;
		else if (flag === '--site') {
			o.site = value();
			if (!o.site) throw new Error(`--site needs a directory. ${USAGE}`);
			o.skipBuild = true;
		} else throw new Error(`Unknown option ${argv[i]}. ${USAGE}`);
	}
	return o;
}
