// "Near the viewport": in it, or within NEAR_VIEW of it. What is near is drawn (and queried)
// first; what is further down is drawn right after them, or as soon as it comes near.

/** How close to the viewport counts as near: drawn before it is seen. */
export const NEAR_VIEW = '200px 0px';

/** Svelte action: calls `onChange` with whether the node is near the viewport, whenever that changes. */
export function nearView(node: HTMLElement, onChange: (near: boolean) => void) {
	let callback = onChange;
	const observer = new IntersectionObserver(
		(entries) => {
			const last = entries.at(-1);
			if (last) callback(last.isIntersecting);
		},
		{ rootMargin: NEAR_VIEW }
	);
	observer.observe(node);
	return {
		update(next: (near: boolean) => void) {
			callback = next;
		},
		destroy() {
			observer.disconnect();
		}
	};
}
