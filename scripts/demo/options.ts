// Command-line options of `npm run data:demo`.

import { DEFAULT_EXPORT_DATE, DEFAULT_ROWS, DEFAULT_SEED } from './generate-demo';

export interface CliOptions {
	seed: number;
	rows: number;
	outDir: string;
	exportDate: string;
	ifMissing: boolean;
}

export const USAGE = `Usage: npm run data:demo -- [--seed N] [--rows N] [--out DIR] [--export-date YYYY-MM-DD] [--if-missing]
  --seed N          seed of the pseudo-random draws (default ${DEFAULT_SEED}); same seed → same files
  --rows N          number of dossiers (default ${DEFAULT_ROWS.toLocaleString('en')})
  --out DIR         output folder (default data)
  --export-date D   the day the export is taken (default ${DEFAULT_EXPORT_DATE})
  --if-missing      do nothing when DIR/manifest.json exists`;

function integer(flag: string, value: string | undefined, min: number): number {
	if (value === undefined || !/^\d+$/.test(value.replaceAll('_', '')))
		throw new Error(`${flag} needs a whole number, got ${value ?? 'nothing'}`);
	const n = Number(value.replaceAll('_', ''));
	if (!Number.isSafeInteger(n) || n < min) throw new Error(`${flag} must be at least ${min}, got ${value}`);
	return n;
}

export function parseCliOptions(argv: string[]): CliOptions {
	const o: CliOptions = { seed: DEFAULT_SEED, rows: DEFAULT_ROWS, outDir: 'data', exportDate: DEFAULT_EXPORT_DATE, ifMissing: false };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split(/=(.*)/s, 2);
		const next = () => (inline !== undefined ? inline : argv[++i]);
		switch (flag) {
			case '--seed':
				o.seed = integer(flag, next(), 0);
				break;
			case '--rows':
				o.rows = integer(flag, next(), 1);
				break;
			case '--out': {
				const v = next();
				if (!v) throw new Error('--out needs a folder');
				o.outDir = v;
				break;
			}
			case '--export-date': {
				const v = next();
				if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v)))
					throw new Error(`--export-date needs YYYY-MM-DD, got ${v ?? 'nothing'}`);
				if (v < '2025-12-31') throw new Error(`--export-date must be on or after 2025-12-31 (the demo covers 2023–2025), got ${v}`);
				o.exportDate = v;
				break;
			}
			case '--if-missing':
				o.ifMissing = true;
				break;
			default:
				throw new Error(`Unknown option ${argv[i]}\n${USAGE}`);
		}
	}
	return o;
}
