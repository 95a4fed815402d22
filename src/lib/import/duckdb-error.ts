// DuckDB's error text made fit for a refusal: its reason lines are kept (the first line alone
// often says only "CSV Error on Line: 3"), while the SQL it echoes, its candidate-function lists,
// its advice about read_csv options and the reader's settings dump are dropped: they speak of
// the importer's internals, not of the file.

const MAX_LENGTH = 400;

/** Lines starting a section that is internal detail, up to the end of the message. */
const STOP = [/^LINE \d+:/, /^Candidate functions:/, /^Possible (fixes|Solution)/i, /^\s*file = /, /^The search space used was:/];
/** Single lines that are internal detail. */
const SKIP = [/^\s*\^\s*$/, /^\s*\*/, /^Original Line:/];

export function duckdbReason(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	const kept: string[] = [];
	for (const raw of message.split('\n')) {
		const line = raw.trim();
		if (STOP.some((r) => r.test(line))) break;
		if (line === '' || SKIP.some((r) => r.test(line))) continue;
		kept.push(line.replace(/^(Invalid Input|Binder|Conversion|IO|Internal|Parser|Invalid) Error: /, ''));
	}
	const text = kept.join('; ') || 'unreadable';
	return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text;
}
