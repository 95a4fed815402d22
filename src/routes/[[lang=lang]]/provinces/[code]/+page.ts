import { registerArea } from '$lib/i18n/core';
import { messages } from '$lib/i18n/messages/provinces';
import { messages as rankings } from '$lib/i18n/messages/rankings';
import { messages as indices } from '$lib/i18n/messages/indices';

// This page's strings, and the rankings' indicator names and table columns, which the profile
// shows as the rankings do (the shared ones come with the root layout).
registerArea('provinces', messages);
registerArea('rankings', rankings);
registerArea('indices', indices);
