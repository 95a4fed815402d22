// Unit tests call `t` on any area's strings: register every area, as the routes do for theirs.
import { AREAS, registerArea, type AreaMessages } from '../i18n/core';

const modules = import.meta.glob<{ messages: AreaMessages }>('../i18n/messages/*.ts', { eager: true });
for (const area of AREAS) {
	const mod = modules[`../i18n/messages/${area}.ts`];
	if (!mod) throw new Error(`i18n: no messages file for area "${area}"`);
	registerArea(area, mod.messages);
}
if (Object.keys(modules).length !== AREAS.length) throw new Error('i18n: a messages file is not listed in AREAS');
