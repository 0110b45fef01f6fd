/**
 * Common English words (SCOWL, see englishWords.generated.ts), read only for a message with no
 * word the English pass knows: they tell "Delivery date?" (English the lexicon does not rate)
 * from a language the engine does not read.
 */
import { ENGLISH_WORDS } from './englishWords.generated';

/**
 * Words of chat and of support messages that those sizes of SCOWL lack, written for this
 * package: abbreviations, interjections, brands and things customers ask about.
 */
const CHAT_AND_SUPPORT =
	'eta faq faqs omg omfg tysm tyvm thx thnx thanx ty nvm yikes hmm hmmm hm ugh meh etc lol lmao ' +
	'rofl btw fyi idk imo imho tbh pls plz ok okay yep yup nope ya yeah yea nah hiya heya bday ' +
	'paypal preorder preorders restock restocked promo promos bluetooth wifi app apps login logins ' +
	'logout signup unsubscribe unsubscribed online offline email emails emailed inbox dm dms pm ' +
	'website webshop checkout voucher vouchers giftcard refundable tracking trackable eshop ebook ' +
	'smartphone iphone android ios laptop tv uber netflix amazon ebay whatsapp instagram facebook ' +
	'ref refs inv acct tkt nr num tel sku qty pcs msg msgs txn conf appt dept attn fwd approx asap';

let words: ReadonlySet<string> | undefined;

/** Whether `lower` (lower case, letters only) is a common English word; built on first use. */
export function isEnglishWord(lower: string): boolean {
	words ??= new Set(
		(ENGLISH_WORDS + ' ' + CHAT_AND_SUPPORT).split(/\s+/).filter((w) => w.length > 0),
	);
	return words.has(lower);
}
