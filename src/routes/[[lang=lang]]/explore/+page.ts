import { registerArea } from '$lib/i18n/core';
import { messages } from '$lib/i18n/messages/explore';
import { messages as refusals } from '$lib/i18n/messages/refusals';

// This page's strings, loaded with its code (the shared ones come with the root layout).
registerArea('explore', messages);
registerArea('refusals', refusals);
