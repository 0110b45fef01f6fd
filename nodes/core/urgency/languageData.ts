/**
 * Word lists for the languages the engine reads besides English, and function words that identify
 * the languages it does not read. Written for this package (MIT, like the rest of it): the words
 * customers write to a brand, with their inflections, accents and common misspellings.
 *
 * Format, so a list stays readable and short: entries separated by spaces; `word:valence` on
 * VADER's -4..4 scale; a trailing `*` matches any ending (a stem); words are lower case and may
 * carry accents (a text is matched as written and with accents removed). In term lists an entry
 * is a phrase, entries are separated by `|`, and `*` ends a stem inside a phrase too.
 */

import { SPANISH } from './languages/es';
import { PORTUGUESE } from './languages/pt';
import { FRENCH } from './languages/fr';
import { GERMAN } from './languages/de';
import { ITALIAN } from './languages/it';
import { DUTCH } from './languages/nl';

export interface LanguageData {
	/** ISO 639-1 code. */
	code: string;
	name: string;
	/** Function words that identify the language (also read by the English pass). */
	stop: string;
	/**
	 * Common words without sentiment (greetings, what customers ask about: order, delivery,
	 * opening hours): they tell the language of a short message that has no function word.
	 */
	words: string;
	/** Negations: a rated word within three words after one is flipped. */
	negate: string;
	/** Negations that also follow the word they negate ("das gefällt mir nicht"). */
	negateAfter?: string;
	boost: string;
	damp: string;
	but: string;
	lexicon: string;
	/** Urgent terms: any one makes the message HIGH. */
	urgent: string;
	/** Complaint cues with their weight: 1 makes a message HIGH, 0.5 needs a second cue. */
	cues: string;
}

/** English function words: the votes the other languages are weighed against. */
export const ENGLISH_STOP =
	'the and or but is are was were be been being i you he she it we they my your our ' +
	'their this that these those to of on at for with from by as not have has had does ' +
	'did will would can could should just if then than there here what when where why how who ' +
	'which all any some more very too also about into over after before up out again still ' +
	"please thanks thank thnx thanx hi hello dear order account i'm it's don't can't didn't i've you're";

/** Languages the engine reads, in the order of their bits after English (bit 0). */
export const READ_LANGUAGES: readonly LanguageData[] = [
	SPANISH,
	PORTUGUESE,
	FRENCH,
	GERMAN,
	ITALIAN,
	DUTCH,
];

/**
 * Function words of Latin-script languages the engine does not read, so that a message in one of
 * them is reported as such rather than scored as English.
 */
// prettier-ignore
export const OTHER_LATIN: ReadonlyArray<readonly [string, string]> = [
	['tr', 'bir ve bu ile için icin ama çok cok daha sen biz siz mi değil degil ' +
		'var yok gibi olarak siparişim siparisim hala hâlâ henüz gelmedi teşekkürler tesekkurler'],
	['pl', 'się sie nie jest że ze jestem mam moje moja już juz jeszcze ' +
		'dlaczego paczka zamówienie zamowienie dziękuję dziekuje bardzo żeby zeby przez'],
	['id', 'yang ini itu tidak dengan untuk saya ada dari akan sudah belum bisa ' +
		'kami kenapa tolong pesanan terima kasih sampai juga atau'],
	['sv', 'och att det som är ar jag inte för för på pa med mitt ' +
		'hur varför varfor tack beställning bestallning ännu annu fortfarande'],
	['da', 'og det som jeg ikke på pa med har til af mit hvordan hvorfor ' +
		'tak bestilling endnu stadig være vaere'],
	['no', 'og det som jeg ikke på med har til mitt hvordan hvorfor ' +
		'takk bestilling ennå enna fortsatt være'],
	['fi', 'ja ei että etta en olen minä mina mutta kun tämä tama vielä viela miksi ' +
		'kiitos tilaus tilaukseni paketti'],
	['ro', 'și si în nu este că pe cu pentru mai eu sunt dar comanda comanda ' +
		'mulțumesc multumesc încă inca '],
	['cs', 'je se že ze jsem jsou mám mam moje ještě jeste proč proc děkuji ' +
		'dekuji objednávka objednavka nebo'],
	['hu', 'és es az nem hogy egy már mar még miért miert köszönöm koszonom ' +
		'rendelés rendeles csomag'],
	['vi', 'và của có không là tôi được cho này những với một đã chưa tại sao cảm ơn hàng'],
	['tl', 'ang ng sa mga ako hindi ko ay yung rin bakit salamat'],
];
