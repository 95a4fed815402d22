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
})();
