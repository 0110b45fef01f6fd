/**
 * Refuses regular expressions that can take exponential time on a short text (catastrophic
 * backtracking): a repeated group that itself holds an unbounded repeat, as in `(a+)+$`, and a
 * repeated alternation whose branches can match the same text, as in `(a|a)*$` or `(.|x)+`.
 * A static check of the source, written for the patterns operators type; it errs on refusing.
 */

interface Group {
	/** An unbounded quantifier (+, *, {n,}) somewhere inside. */
	unbounded: boolean;
	/** First token of each alternative, to spot branches that overlap. */
	firsts: string[];
	atAlternativeStart: boolean;
}

const WIDE = new Set(['.', '\\w', '\\W', '\\S', '\\D', '\\s', '\\d', '[']);

/** Reads an unbounded quantifier at `i` (+, *, {n,}); returns its length, 0 when none. */
function unboundedAt(source: string, i: number): number {
	const c = source[i];
	if (c === '+' || c === '*') return 1;
	if (c === '{') {
		const m = /^\{(\d+),(\d*)\}/.exec(source.slice(i));
		if (m && (m[2] === '' || Number(m[2]) > 1)) return m[0].length;
	}
	return 0;
}

/** Why the pattern is refused, or undefined when it is safe to run on any text. */
export function catastrophicPatternReason(source: string): string | undefined {
	const stack: Group[] = [{ unbounded: false, firsts: [], atAlternativeStart: true }];
	const top = () => stack[stack.length - 1];
	let i = 0;
	const noteToken = (token: string) => {
		const group = top();
		if (group.atAlternativeStart) {
			group.firsts.push(token);
			group.atAlternativeStart = false;
		}
	};
	while (i < source.length) {
		const c = source[i];
		if (c === '\\') {
			noteToken(source.slice(i, i + 2));
			i += 2;
		} else if (c === '[') {
			let j = i + 1;
			if (source[j] === '^') j++;
			if (source[j] === ']') j++;
			while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
			noteToken('[');
			i = j + 1;
		} else if (c === '(') {
			noteToken('(');
			stack.push({ unbounded: false, firsts: [], atAlternativeStart: true });
			// Skip the group's prefix: (?:, (?=, (?!, (?<=, (?<!, (?<name>
			const prefix = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_][A-Za-z0-9_]*>)?/.exec(source.slice(i));
			i += prefix && prefix[0].length > 1 ? prefix[0].length : 1;
		} else if (c === ')') {
			const group = stack.length > 1 ? stack.pop()! : top();
			i++;
			const quantifier = unboundedAt(source, i);
			if (quantifier) {
				if (group.unbounded) {
					return 'a repeated group holds another repeat (as in "(a+)+"), which can take minutes on a short message';
				}
				const firsts = group.firsts;
				if (
					firsts.length > 1 &&
					(new Set(firsts).size < firsts.length || firsts.some((f) => WIDE.has(f)))
				) {
					return 'a repeated group has alternatives that can match the same text (as in "(a|a)*"), which can take minutes on a short message';
				}
				i += quantifier;
				top().unbounded = true;
			} else if (group.unbounded) {
				top().unbounded = true;
			}
		} else if (c === '|') {
			top().atAlternativeStart = true;
			i++;
		} else {
			const quantifier = unboundedAt(source, i);
			if (quantifier) {
				top().unbounded = true;
				i += quantifier;
			} else {
				if (c !== '^' && c !== '$' && c !== '?') noteToken(c);
				i++;
			}
		}
	}
	return undefined;
}
