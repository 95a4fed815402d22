// Tooltips of ECharts are HTML: every piece of text in them goes through escapeHtml first, so a
// province or sector name from the data can never become markup.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: unknown): string {
	return String(text ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

const COLOR = /^#[0-9a-f]{3,8}$|^rgba?\([\d\s.,%]+\)$/i;

/** One tooltip line: an optional colour dot, a label and a value (all escaped). */
export interface TooltipLine {
	label: string;
	value: string;
	color?: string;
}

/** A tooltip: a bold title and label–value lines. Colours outside a safe pattern are dropped. */
export function tooltipHtml(title: string, lines: readonly TooltipLine[]): string {
	const rows = lines
		.map((line) => {
			const dot =
				line.color && COLOR.test(line.color)
					? `<span style="display:inline-block;width:8px;height:8px;border-radius:50%;margin-right:6px;background:${line.color}"></span>`
					: '';
			return `<div>${dot}${escapeHtml(line.label)}: <b>${escapeHtml(line.value)}</b></div>`;
		})
		.join('');
	return `<div><b>${escapeHtml(title)}</b></div>${rows}`;
}
