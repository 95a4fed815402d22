// The benchmark's in-page probe (installed before the page's own scripts): a requestAnimationFrame
// loop that records when each frame began and when its main-thread work was done, the first user
// input after a reset, and DOM changes (all of them, and those inside ECharts containers).
// See change-outcome.ts for how a change's "redrawn" time is read from them.
import type { BrowserContext, Page } from 'playwright-core';
import type { EngineTimings } from '../../src/lib/data/timings';
import type { Frame, Snapshot } from './change-outcome';

interface ProbeState {
	mark: number;
	input: number | null;
	frames: Frame[];
	mutations: number;
	lastChartMutation: number | null;
	longTasks: { start: number; duration: number }[];
}

declare global {
	interface Window {
		__reformLensBench?: { state: ProbeState; reset(): void };
	}
}

/** Runs in the page (serialised: it may use nothing from this module). */
function probe(): void {
	const state: ProbeState = { mark: 0, input: null, frames: [], mutations: 0, lastChartMutation: null, longTasks: [] };
	// Main-thread tasks over 50 ms (the Long Tasks API): "no task over 50 ms during a change".
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
			if (state.longTasks.length > 5_000) state.longTasks.splice(0, 2_500);
		}).observe({ type: 'longtask', buffered: false });
	} catch {
		// No Long Tasks API: the figure stays unmeasured.
	}
	// A message posted from a rAF callback is handled after that frame's style, layout and paint
	// (messages arrive in order, possibly after the next frame began: hence the queue).
	const afterFrame = new MessageChannel();
	const open: Frame[] = [];
	afterFrame.port1.onmessage = () => {
		const frame = open.shift();
		if (frame) frame.done = performance.now();
	};
	const tick = (time: number) => {
		const frame: Frame = { start: performance.now(), time, done: null };
		state.frames.push(frame);
		if (state.frames.length > 20_000) state.frames.splice(0, 10_000);
		open.push(frame);
		afterFrame.port2.postMessage(null);
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
	for (const type of ['input', 'change', 'click', 'keydown']) {
		addEventListener(type, () => (state.input ??= performance.now()), { capture: true });
	}
	// A draw's own DOM changes reach the observer just after it (a microtask): the draw's record
	// accounts for them.
	const DRAW_SLACK_MS = 5;
	new MutationObserver((records) => {
		state.mutations += records.length;
		const lastDraw = window.__reformLensTimings?.draws?.at(-1);
		if (lastDraw && performance.now() - lastDraw.at < DRAW_SLACK_MS) return;
		for (const r of records) {
			// Inside the chart ECharts drew, not the container's own attributes (set by the page).
			const el = r.target instanceof Element ? r.target : r.target.parentElement;
			const chart = el?.closest('[_echarts_instance_]');
			if (chart && (chart !== el || r.type === 'childList')) {
				state.lastChartMutation = performance.now();
				break;
			}
		}
	}).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
	window.__reformLensBench = {
		state,
		reset() {
			state.mark = performance.now();
			state.input = null;
			state.frames = [];
			state.lastChartMutation = null;
			state.longTasks = [];
		}
	};
}

export async function installProbe(context: BrowserContext): Promise<void> {
	// tsx compiles with esbuild's keepNames, which wraps named functions in a `__name` helper
	// that exists only in Node: give the serialised probe a no-op one.
	await context.addInitScript({ content: `(() => { const __name = (f) => f; (${probe.toString()})(); })();` });
}

/** Forgets what the probe saw so far: the next change is measured from here. */
export async function resetProbe(page: Page): Promise<void> {
	await page.evaluate(() => window.__reformLensBench?.reset());
}

/** What happened since the last reset. */
export async function snapshot(page: Page): Promise<Snapshot> {
	return page.evaluate(() => {
		const s = window.__reformLensBench?.state;
		if (!s) throw new Error('the benchmark probe is not installed');
		const t: EngineTimings | undefined = window.__reformLensTimings;
		return {
			mark: s.mark,
			input: s.input,
			frames: s.frames,
			queries: (t?.queries ?? []).filter((q) => q.at >= s.mark),
			draws: (t?.draws ?? []).filter((d) => d.at >= s.mark),
			lastChartMutation: s.lastChartMutation,
			longTasks: s.longTasks
		};
	});
}

/** A fingerprint of the page's activity: unchanged while nothing happens. */
export async function activity(page: Page): Promise<{ pending: number; key: string }> {
	return page.evaluate(() => {
		const t = window.__reformLensTimings;
		const s = window.__reformLensBench?.state;
		return {
			pending: t?.pending ?? 0,
			key: [t?.queries.length ?? 0, t?.queries.at(-1)?.at ?? 0, t?.chartDraws ?? 0, s?.mutations ?? 0].join('|')
		};
	});
}
