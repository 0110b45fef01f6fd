/**
 * Common English words (SCOWL, see englishWords.generated.ts), read only for a message with no
 * word the English pass knows: they tell "Delivery date?" (English the lexicon does not rate)
 * from a language the engine does not read.
 */
import { ENGLISH_WORDS } from './englishWords.generated';

let words: ReadonlySet<string> | undefined;

/** Whether `lower` (lower case, letters only) is a common English word; built on first use. */
export function isEnglishWord(lower: string): boolean {
	words ??= new Set(ENGLISH_WORDS.split(/\s+/).filter((w) => w.length > 0));
	return words.has(lower);
}
