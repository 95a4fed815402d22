// Charts out of view are drawn after the charts in view: in a task right after the next
// animation frame (the one the charts in view draw in). One task runs everything queued for that
// frame, in order, so two charts below the fold draw back to back. Always after a frame, even
// when no chart in view has asked for one: a chart in view may get its update a task later, and
// must not wait behind the others. (requestIdleCallback, used before, waited up to 20 ms more
// after the frame, and longer while anything animated.)

export interface AfterFrameHandle {
	cancel(): void;
}

let queue: (() => void)[] = [];
let pending = false;

function drain(): void {
	const runs = queue;
	queue = [];
	pending = false;
	for (const run of runs) run();
}

/** Runs `run` in a task after the next animation frame (in order with other such calls). */
export function afterNextFrame(run: () => void): AfterFrameHandle {
	let live = true;
	queue.push(() => live && run());
	if (!pending) {
		pending = true;
		requestAnimationFrame(() => setTimeout(drain, 0));
	}
	return { cancel: () => (live = false) };
}
