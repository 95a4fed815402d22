// Sets the colour theme before the first paint (no flash): the reader's saved choice, else the
// system preference. A separate file because the CSP allows no inline scripts.
(function () {
	var theme = null;
	try {
		theme = localStorage.getItem('reform-lens-theme');
	} catch (e) {
		/* storage blocked: follow the system */
	}
	if (theme !== 'light' && theme !== 'dark') {
		theme = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
	}
	document.documentElement.dataset.theme = theme;
	// Embed mode (?embed=1&chart=<id>, the rule of src/lib/export/embed-url.ts): the site's
	// header, filter bar and footer are hidden from the first paint, not only after hydration.
	try {
		var params = new URLSearchParams(window.location.search);
		if (params.get('embed') === '1' && /^[a-z0-9][a-z0-9-]{0,80}$/.test(params.get('chart') || '')) {
			document.documentElement.setAttribute('data-embed-pending', '');
		}
	} catch (e) {
		/* no URLSearchParams: the layout applies embed mode once hydrated */
	}
})();
