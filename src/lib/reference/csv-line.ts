// One line of a small CSV file (the calendar, the pilots list) split into fields: a field that
// starts with a double quote runs to the closing quote, and "" inside quotes is a quote. The big
// exports go through DuckDB's reader instead (scripts/import).

/** The fields of `line`, split on `sep`; null when a quoted field is not closed. */
export function splitCsvLine(line: string, sep = ','): string[] | null {
	const fields: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (quoted) {
			if (c === '"' && line[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"' && field === '') quoted = true;
		else if (c === sep) {
			fields.push(field);
			field = '';
		} else field += c;
	}
	if (quoted) return null;
	fields.push(field);
	return fields;
}
