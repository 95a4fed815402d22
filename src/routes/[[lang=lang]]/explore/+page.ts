import { registerArea } from '$lib/i18n/core';
import { messages } from '$lib/i18n/messages/explore';

// This page's strings, loaded with its code (the shared ones come with the root layout).
registerArea('explore', messages);
