// Marks a scroll box whose content is wider than the box (data-overflowing="true"), so the hint
// under it ("scroll sideways for more columns") shows only when there is more to see: on a phone
// a wide table shows two columns and nothing else said it scrolls. Re-measured on every resize of
// the box or its content.
export function scrollHint(node: HTMLElement) {
	const measure = () => {
		node.dataset.overflowing = String(node.scrollWidth > node.clientWidth + 1);
	};
	const observer = new ResizeObserver(measure);
	observer.observe(node);
	if (node.firstElementChild) observer.observe(node.firstElementChild);
	measure();
	return { destroy: () => observer.disconnect() };
}
