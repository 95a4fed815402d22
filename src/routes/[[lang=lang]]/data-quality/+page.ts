import { registerArea } from '$lib/i18n/core';
import { messages } from '$lib/i18n/messages/data-quality';

// This page's strings, loaded with its code (the shared ones come with the root layout).
registerArea('data-quality', messages);
