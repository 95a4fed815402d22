// Prerendered as build/404.html (no trailing slash: a file, not a folder), the page a static
// server sends with status 404 for an unknown address (scripts/serve/static-server.ts; nginx:
// `error_page 404 /404.html;`).
export const trailingSlash = 'never';
