// Quoting for the few identifiers and literals the importer writes into SQL text. Values that
// come from input files never reach SQL text: they are read by DuckDB from the file itself.

export function ident(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}

export function literal(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}

/** True for a 'YYYY-MM-DD' that names a real day (Date.parse takes 2024-02-30 as 1 March). */
export function isCalendarDate(value: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!m) return false;
	const [y, mo, d] = m.slice(1).map(Number);
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function dateLiteral(value: string): string {
	if (!isCalendarDate(value)) throw new Error(`Not a YYYY-MM-DD date: ${value}`);
	return `DATE '${value}'`;
}
