import { describe, expect, it } from 'vitest';
import { embedHref, fullViewHref, iframeSnippet, parseEmbed } from './embed-url';

describe('embed URLs', () => {
	it('reads embed mode only with embed=1 and a well-formed chart id', () => {
		expect(parseEmbed(new URLSearchParams('embed=1&chart=chart-time'))).toEqual({ active: true, chart: 'chart-time' });
		expect(parseEmbed(new URLSearchParams('embed=1')).active).toBe(false);
		expect(parseEmbed(new URLSearchParams('embed=0&chart=chart-time')).active).toBe(false);
		expect(parseEmbed(new URLSearchParams('embed=1&chart=%3Cscript%3E')).active).toBe(false);
	});
	it('keeps the view state and swaps only the embed keys', () => {
		const url = new URL('https://example.org/en/trends/?from=2024-01&embed=1&chart=old');
		expect(fullViewHref(url)).toBe('https://example.org/en/trends/?from=2024-01');
		expect(embedHref(url, 'trends-main')).toBe('https://example.org/en/trends/?from=2024-01&embed=1&chart=trends-main');
	});
	it('writes an iframe with escaped attributes', () => {
		expect(iframeSnippet('https://x.org/?a=1&b=2', 'Tỷ lệ "đúng hạn"')).toBe(
			'<iframe src="https://x.org/?a=1&amp;b=2" title="Tỷ lệ &quot;đúng hạn&quot;" width="100%" height="520" style="border:0;max-width:100%" loading="lazy"></iframe>'
		);
	});
});
