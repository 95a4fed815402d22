/** A file the importer cannot use: nothing is written, the existing output folder stays as it was. */
export class RefusedFileError extends Error {
	constructor(
		readonly file: string,
		readonly column: string | null,
		readonly problem: string
	) {
		super(`Refused ${file}${column ? `, column "${column}"` : ''}: ${problem}`);
		this.name = 'RefusedFileError';
	}
}
