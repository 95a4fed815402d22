import { registerArea } from '$lib/i18n/core';
import { messages } from '$lib/i18n/messages/explore';
import { messages as refusals } from '$lib/i18n/messages/refusals';
import { messages as rankings } from '$lib/i18n/messages/rankings';

// This page's strings, loaded with its code (the shared ones come with the root layout).
registerArea('explore', messages);
registerArea('refusals', refusals);
// The survey ranking's table and chart labels are the rankings page's (ranking-table.ts).
registerArea('rankings', rankings);
