// Tooltips of the ranking charts are small HTML fragments; every piece of text in them (a
// province name from the data, a translated label) is escaped here, so a name such as
// `<img src=x onerror=…>` is shown as text and never becomes markup.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** One tooltip: a bold title and "label: value" lines, all escaped. */
export function tooltipHtml(title: string, lines: readonly (readonly [string, string])[]): string {
	const body = lines.map(([label, value]) => `${escapeHtml(label)}: ${escapeHtml(value)}`).join('<br>');
	return `<strong>${escapeHtml(title)}</strong>${body ? `<br>${body}` : ''}`;
}
