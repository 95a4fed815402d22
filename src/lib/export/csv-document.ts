// The two CSV flavours of a table. "excel-vi": ';' between cells, decimal comma and a UTF-8
// byte-order mark, as Excel set to Vietnamese reads a file it opens; "plain": ',' and a decimal
// point, no BOM, for scripts and other spreadsheets. Both start with '#' lines recording the
// view (pandas `comment='#'`, R `comment.char = '#'` skip them), then the header and the rows.
import { BOM, toCsv, type CsvCell } from '../components/csv';
import { metaLines, type ExportMeta, type MetaLabels } from './export-meta';
import type { ExportTable } from './table-export';

export type CsvFlavour = 'excel-vi' | 'plain';

/** A number in the flavour's notation with its shown decimals ("-2,5" or "-2.5"). */
export function csvNumber(value: number, digits: number, flavour: CsvFlavour): string {
	const text = (value === 0 ? 0 : value).toFixed(digits);
	return flavour === 'excel-vi' ? text.replace('.', ',') : text;
}

export function csvDocument(table: ExportTable, meta: ExportMeta, labels: MetaLabels, flavour: CsvFlavour): string {
	const separator = flavour === 'excel-vi' ? ';' : ',';
	const block: CsvCell[][] = metaLines(meta, labels).map(([label, value]) => (value ? [`# ${label}`, value] : [`# ${label}`]));
	const header = table.columns.map((c) => c.header);
	const rows = table.rows.map((row) =>
		row.map((value, i): CsvCell => (typeof value === 'number' ? csvNumber(value, table.columns[i].digits, flavour) : value))
	);
	const text = toCsv([...block, [], header, ...rows], separator);
	return (flavour === 'excel-vi' ? BOM : '') + text;
}
