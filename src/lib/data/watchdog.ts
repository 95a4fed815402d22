/**
 * Rejects `task` with `message` when it makes no progress for `idleMs` (call `kick()` on
 * progress). A DuckDB-WASM boot blocked by the CSP or starved of memory hangs instead of failing;
 * this turns a hang into an error while letting a slow but moving download finish.
 */
export function withWatchdog<T>(start: (kick: () => void) => Promise<T>, idleMs: number, message: string): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		let timer: ReturnType<typeof setTimeout> | undefined;
		let done = false;
		const kick = () => {
			if (done) return;
			clearTimeout(timer);
			timer = setTimeout(() => {
				done = true;
				reject(new Error(message));
			}, idleMs);
		};
		kick();
		start(kick).then(
			(v) => {
				done = true;
				clearTimeout(timer);
				resolve(v);
			},
			(e) => {
				done = true;
				clearTimeout(timer);
				reject(e);
			}
		);
	});
}
