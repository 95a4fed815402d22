// Quoting for the few identifiers and literals the importer writes into SQL text. Values that
// come from input files never reach SQL text: they are read by DuckDB from the file itself.

export function ident(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}

export function literal(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}

export function dateLiteral(value: string): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`Not a YYYY-MM-DD date: ${value}`);
	return `DATE '${value}'`;
}
