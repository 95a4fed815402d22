import { registerArea } from '$lib/i18n/core';
import { messages } from '$lib/i18n/messages/rankings';
import { messages as indices } from '$lib/i18n/messages/indices';

// This page's strings, loaded with its code (the shared ones come with the root layout), and
// the published indices' (the map's indicator may be one).
registerArea('rankings', messages);
registerArea('indices', indices);
