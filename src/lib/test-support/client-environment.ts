// A Vitest environment for runes modules (`*.svelte.test.ts`): Node globals, but modules are
// transformed for the client, so Svelte compiles effects that run (the server build skips
// them). No DOM: these tests drive reactive state, not components.
import type { Environment } from 'vitest/environments';

export default {
	name: 'client-node',
	viteEnvironment: 'client',
	setup() {
		return { teardown() {} };
	}
} satisfies Environment;
