import { registerArea } from '$lib/i18n/core';
import { messages } from '$lib/i18n/messages/core';

export const prerender = true;
export const trailingSlash = 'always';

// The strings of the layout, the filter bar and the shared components; each page adds its own.
registerArea('core', messages);
