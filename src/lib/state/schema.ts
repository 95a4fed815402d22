// Pure URL ⇄ state conversion driven by a schema: each key has a default and a parser that
// accepts only allowed values. Anything else in the URL falls back to the default, so a hand-
// edited or stale link still opens a valid view.

export interface Field<T> {
	default: T;
	/** The value for a URL text, or undefined when the text is not allowed. */
	parse(raw: string): T | undefined;
	serialize(value: T): string;
}

export type Schema<S> = { [K in keyof S]: Field<S[K]> };

/** One of a fixed list of strings. */
export function enumField<T extends string>(values: readonly T[], defaultValue: T): Field<T> {
	return {
		default: defaultValue,
		parse: (raw) => ((values as readonly string[]).includes(raw) ? (raw as T) : undefined),
		serialize: (value) => value
	};
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A month 'YYYY-MM', optionally within [min, max]. */
export function monthField(defaultValue: string, range: { min?: string; max?: string } = {}): Field<string> {
	return {
		default: defaultValue,
		parse(raw) {
			if (!MONTH.test(raw)) return undefined;
			if (range.min && raw < range.min) return undefined;
			if (range.max && raw > range.max) return undefined;
			return raw;
		},
		serialize: (value) => value
	};
}

/** An integer within [min, max]. */
export function intField(defaultValue: number, min: number, max: number): Field<number> {
	return {
		default: defaultValue,
		parse(raw) {
			if (!/^-?\d+$/.test(raw)) return undefined;
			const n = Number(raw);
			return n >= min && n <= max ? n : undefined;
		},
		serialize: (value) => String(value)
	};
}

export function defaultsOf<S>(schema: Schema<S>): S {
	const state = {} as S;
	for (const key of Object.keys(schema) as (keyof S)[]) state[key] = schema[key].default;
	return state;
}

/**
 * The values a key may take that only the data knows (a sector list): a value shaped right but
 * not among them (a stale or hand-edited link) takes the default, as a malformed one does.
 * A missing or null list means not known (yet): the value is kept.
 */
export type Choices<S> = { [K in keyof S]?: readonly S[K][] | null };

/** Reads the schema's keys from URL parameters; missing, invalid or unknown values take the default. */
export function parseState<S>(schema: Schema<S>, params: URLSearchParams, choices: Choices<S> = {}): S {
	const state = defaultsOf(schema);
	for (const key of Object.keys(schema) as (keyof S & string)[]) {
		const raw = params.get(key);
		if (raw === null) continue;
		const value = schema[key].parse(raw);
		if (value === undefined) continue;
		const known = choices[key];
		if (known && value !== schema[key].default && !known.includes(value)) continue;
		state[key] = value;
	}
	return state;
}

/**
 * Writes the state into URL parameters, keeping parameters that belong to other schemas (a
 * page's own keys next to the global filters). Defaults are left out so links stay short, and
 * so is a value the field would not read back (too long, malformed): the URL's limits hold on
 * write as on read, so a huge value never reaches the address bar (HTTP 431 on reload).
 */
export function serializeState<S>(schema: Schema<S>, state: S, base?: URLSearchParams): URLSearchParams {
	const params = new URLSearchParams(base);
	for (const key of Object.keys(schema) as (keyof S & string)[]) {
		params.delete(key);
		const field = schema[key];
		const text = field.serialize(state[key]);
		if (text !== field.serialize(field.default) && field.parse(text) !== undefined) params.set(key, text);
	}
	return params;
}

/** '?a=1&b=2' or '' when there is nothing to say. */
export function toSearch(params: URLSearchParams): string {
	const text = params.toString();
	return text ? `?${text}` : '';
}
