// A state read again from the URL is a new object even when nothing changed (the URL caught up
// with a choice already shown, or another key changed). Handing back the previous object keeps
// every `$derived` built on it from re-running, so charts and queries do not redo their work.

type Plain = string | number | boolean | null | undefined;
type Value = Plain | readonly Plain[];

function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
	return a.every((item, i) => item === b[i]);
}

/** Same keys with equal values (primitives, or arrays of primitives compared item by item). */
export function sameState<S extends object>(a: S, b: S): boolean {
	const keys = Object.keys(a);
	if (keys.length !== Object.keys(b).length) return false;
	return keys.every((key) => key in b && sameValue((a as Record<string, Value>)[key], (b as Record<string, Value>)[key]));
}

/** A function that returns its previous result while the new one is the same state. */
export function keepSame<S extends object>(): (next: S) => S {
	let last: S | undefined;
	return (next) => {
		if (last === undefined || !sameState(last, next)) last = next;
		return last;
	};
}
