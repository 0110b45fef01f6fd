import fc from 'fast-check';

import {
	classify,
	createClassifier,
	LANGUAGES_READ,
	SUPPORT_DROPPED,
	UrgencyConfigError,
	type UrgencyOptions,
	type UrgencyResult,
} from '../../nodes/core/urgency';
import { anyTermPattern, fold } from '../../nodes/core/urgency/languageTerms';
import { hasDigit, isElongated } from '../../nodes/core/urgency/languageScore';
import { wordsOf } from '../../nodes/core/urgency/tokenText';
import { isEnglishWord } from '../../nodes/core/urgency/englishWords';
import { OTHER_LATIN, READ_LANGUAGES } from '../../nodes/core/urgency/languageData';
import { getLanguages } from '../../nodes/core/urgency/languages';
import type { TermHit } from '../../nodes/core/urgency/written';

const configError = (options: unknown) => {
	try {
		createClassifier(options as UrgencyOptions);
	} catch (error) {
		return error as Error;
	}
	throw new Error('expected an UrgencyConfigError');
};

const hasNumberReason = (r: UrgencyResult) => r.reasons.some((x) => /\d/.test(x.split(' (')[0]));

describe('support context: numbers, references and names carry no sentiment', () => {
	it('reads "Order #187 arrived today, thank you!" as thanks, not HIGH', () => {
		const r = classify('Order #187 arrived today, thank you!');
		expect(r.priority).toBe('LOW');
		expect(r.sentiment).toBeGreaterThan(0);
		expect(r.reasons.join(' ')).not.toContain('187');
	});

	it('reads "Invoice 182 attached" as neutral', () => {
		const r = classify('Invoice 182 attached');
		expect(r.priority).toBe('LOW');
		expect(r.sentiment).toBe(0);
		expect(r.reasons).toEqual([]);
	});

	it('reads "Ticket 86: ok" as LOW', () => {
		const r = classify('Ticket 86: ok');
		expect(r.priority).toBe('LOW');
		expect(r.reasons).toEqual(['ok (+0.3)']);
	});

	it('gives "Case 143 - I will sue you" no positive sentiment from the case number', () => {
		const r = classify('Case 143 - I will sue you');
		expect(r.priority).toBe('HIGH');
		expect(r.keywords).toEqual(['sue']);
		expect(r.sentiment).toBeLessThanOrEqual(0);
		expect(hasNumberReason(r)).toBe(false);
	});

	it.each([
		'1337',
		'1432',
		'Order 143 shipped',
		'Ref 187/86',
		'amount $182.00',
		'call +44 1432 86 187',
		'on 14/3/2024',
		'code A187-86',
	])('gives numbers in %p no sentiment', (text) => {
		const r = classify(text);
		expect(r.sentiment).toBe(0);
		expect(hasNumberReason(r)).toBe(false);
	});

	it('does not rate a customer named Mia, a handle, an address or a link', () => {
		for (const text of [
			'Hi, this is Mia, my order is here',
			'@mia @kia thanks',
			'write to mia@example.com',
			'see https://example.com/mia/hand/po',
			'www.fiesta.example',
		]) {
			const r = classify(text);
			expect(r.reasons.join(' ').toLowerCase()).not.toMatch(/\b(mia|kia|hand|po|fiesta)\b/);
		}
		expect(classify('Mia').sentiment).toBe(0);
		expect(classify('@Angry_Customer').sentiment).toBe(0);
	});

	it('documents what it drops from the lexicon', () => {
		expect(SUPPORT_DROPPED.numbers).toEqual(expect.arrayContaining(['143', '187', '86', '182']));
		expect(SUPPORT_DROPPED.numbers).toEqual(expect.arrayContaining(['1337', '1432']));
		expect(SUPPORT_DROPPED.names).toContain('mia');
	});

	it('quotes the words of a reason as written', () => {
		expect(classify('I never liked it').reasons).toContain('never liked (-0.3)');
		expect(classify('I NEVER liked it').reasons).toContain('NEVER liked (-0.3)');
		expect(classify('Not  good').reasons).toEqual(['Not good (-0.4)']);
		for (const r of [classify('I never liked it'), classify('My parcel is late again')]) {
			for (const reason of r.reasons) expect(reason.length).toBeLessThanOrEqual(48);
		}
	});
});

describe('languages', () => {
	it.each([
		['Quiero un reembolso ya, llevo dos semanas esperando', 'es', 'reembolso'],
		['Mein Paket ist nie angekommen, ich will mein Geld zurück', 'de', 'nie angekommen'],
		["Mon colis n'est jamais arrivé", 'fr', "n'est jamais arrivé"],
		['Meu pedido não chegou, quero reembolso urgente', 'pt', 'não chegou'],
		['Il mio ordine non è mai arrivato', 'it', 'non è mai arrivato'],
		['Mijn pakket is nooit aangekomen', 'nl', 'nooit aangekomen'],
	])('reads %p as %s and HIGH, reporting %p in its own words', (text, language, keyword) => {
		const r = classify(text);
		expect(r.language).toBe(language);
		expect(r.scored).toBe(true);
		expect(r.priority).toBe('HIGH');
		expect(r.keywords).toContain(keyword);
		expect(r.reasons).toContain(keyword);
	});

	it.each([
		['Reembolsó parcial, pero el resto nunca llegó', 'es'],
		['Me cobraron dos veces el mismo pedido', 'es'],
		['Vou abrir uma reclamação no Procon', 'pt'],
		['Je vais porter plainte, on m’a débité deux fois', 'fr'],
		['Ich gehe zur Verbraucherzentrale', 'de'],
		['Ich möchte mein Abo kündigen', 'de'],
		['Voglio annullare il mio abbonamento e avere il rimborso', 'it'],
		['Ik wil mijn geld terug, dit is oplichting', 'nl'],
		['REEMBOLSO YA', 'es'],
		['rembolso por favor, el pedido no llego', 'es'],
	])('finds urgent terms with inflections, accents and misspellings in %p', (text, language) => {
		const r = classify(text);
		expect(r.language).toBe(language);
		expect(r.priority).toBe('HIGH');
		expect(r.keywords.length).toBeGreaterThan(0);
	});

	it.each([
		['Gracias, todo perfecto, muy contento', 'es'],
		['Obrigado, chegou tudo certo, adorei', 'pt'],
		['Merci beaucoup, service parfait', 'fr'],
		['Vielen Dank, alles super', 'de'],
		['Grazie mille, tutto perfetto', 'it'],
		['Bedankt, alles is prima geregeld', 'nl'],
	])('reads thanks in %p as LOW', (text, language) => {
		const r = classify(text);
		expect(r.language).toBe(language);
		expect(r.priority).toBe('LOW');
		expect(r.sentiment).toBeGreaterThan(0.3);
	});

	it.each([
		['Das gefällt mir nicht', 'de'],
		["Je ne l'aime pas", 'fr'],
		['No me gusta nada', 'es'],
		['Non mi piace', 'it'],
		['Não gostei', 'pt'],
		['Dit is niet goed', 'nl'],
	])('reads negation in %p', (text, language) => {
		const r = classify(text);
		expect(r.language).toBe(language);
		expect(r.sentiment).toBeLessThan(0);
	});

	it('reads mixed-language text', () => {
		const r = classify('My order never arrived, quiero un reembolso');
		expect(r.keywords).toEqual(['never arrived', 'reembolso']);
		expect(r.priority).toBe('HIGH');
		const s = classify('Super service, merci beaucoup, parfait');
		expect(s.priority).toBe('LOW');
	});

	it('reads "muito legal" as praise, not as the English urgent term "legal"', () => {
		const r = classify('Muito legal, adorei o atendimento');
		expect(r.language).toBe('pt');
		expect(r.keywords).toEqual([]);
		expect(r.priority).toBe('LOW');
	});

	it.each([
		['No funciona', 'es', 'no funciona'],
		['No me llegó', 'es', 'no me llegó'],
		['no llegó', 'es', 'no llegó'],
		['Non funziona', 'it', 'non funziona'],
		['Não funciona', 'pt', 'não funciona'],
	])('reads %p, whose one function word is also English, as %s and HIGH', (text, code, term) => {
		const r = classify(text);
		expect(r.language).toBe(code);
		expect(r.priority).toBe('HIGH');
		expect(r.keywords).toContain(term);
	});

	it.each([
		['NO REFUND NO REPLY', 'HIGH'],
		['NO NO NO, my order never arrived', 'HIGH'],
		['No no no! Eel and Shrimp!', 'HIGH'],
		['NO NO NO NO NO NO. Heading to Boston for knee surgery? WTF WTF', 'HIGH'],
		['LOL U SOUND LIKE A 46 YEAR OLD WIT A LEATHER RAIDER HAT', 'LOW'],
		['no perks!', 'MEDIUM'],
		['Super service from Jürgen', 'LOW'],
		// An English urgent term is English too (these were Portuguese or Spanish, and LOW).
		['Need a refund ASAP', 'HIGH'],
		['Want a refund immediately', 'HIGH'],
		['Le Creuset pan cracked, refund?', 'HIGH'],
		// Another language's term that is also an English word does not make the one word count.
		['Cheers Dan, direct transfer received 👍', 'LOW'],
		['Cancelled flight, no refund', 'HIGH'],
		['Bizarre charge, CA store, refund needed', 'HIGH'],
		['Per chat, immediate refund promised', 'HIGH'],
	])(
		'reads %p as English: one other-language word, however often written, is weak evidence',
		(text, priority) => {
			const r = classify(text);
			expect(r.language).toBe('en');
			expect(r.priority).toBe(priority);
		},
	);

	it('lists the languages it reads', () => {
		expect([...LANGUAGES_READ].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']);
	});
});

describe('an honest "not understood"', () => {
	it.each([
		['החבילה שלי לא הגיעה, אני רוצה החזר כספי', 'he'],
		['لم يصل طلبي وأريد استرداد المال', 'ar'],
		['Мой заказ не пришёл, верните деньги', 'ru'],
		['注文した商品が届きません', 'ja'],
		['我的订单还没有到', 'zh'],
		['주문이 아직 도착하지 않았어요', 'ko'],
		['Siparişim hala gelmedi, çok kötü bir hizmet', 'tr'],
		['Moja paczka jeszcze nie dotarła, dlaczego?', 'pl'],
	])('says %p is in %s, not scored, MEDIUM by default', (text, language) => {
		const r = classify(text);
		expect(r.language).toBe(language);
		expect(r.scored).toBe(false);
		expect(r.priority).toBe('MEDIUM');
		expect(r.reasons).toContain(`language not supported: ${language}`);
	});

	// Each of these was scored in a language read (English, German, Portuguese, ...), most LOW.
	it.each([
		['Jag vill ha pengarna tillbaka', 'sv'],
		['Bedrägeri', 'sv'],
		['Min pakke er aldrig ankommet, jeg vil have mine penge tilbage', 'da'],
		['Tusind tak for hjælpen', 'da'],
		['Hvorfor er min konto spærret?', 'da'],
		['Produkt uszkodzony', 'pl'],
		['A csomagom soha nem érkezett meg, vissza akarom kapni a pénzem', 'hu'],
		['Köszi', 'hu'],
		['La meva comanda no ha arribat mai, vull el reemborsament', 'ca'],
		["Per què m'heu cobrat dues vegades?", 'ca'],
		['Moltes gràcies per tot', 'ca'],
		['Mano siunta neatvyko, noriu grąžinti pinigus', 'lt'],
		['Kodėl mano sąskaita užblokuota?', 'lt'],
		['Nire eskaera ez da inoiz iritsi, dirua itzultzea nahi dut', 'eu'],
		['Pöntunin mín kom aldrei, ég vil fá endurgreiðslu', 'is'],
		['Af hverju er reikningurinn minn lokaður?', 'is'],
		['Proč mi stále nikdo neodpověděl?', 'cs'],
		['Prečo mi nikto neodpovedá?', 'sk'],
		['De ce mi-ați luat banii de două ori?', 'ro'],
		['Hvala puno na pomoći', 'hr'],
		['Zašto mi je račun blokiran?', 'hr'],
		['Miks mu konto on blokeeritud?', 'et'],
		['Mera order abhi tak nahi aaya', 'hi'],
		['Hvor er pakken min', 'da'],
		['Var är mitt paket', 'sv'],
		['Hol van a csomagom', 'hu'],
	])(
		'says %p is in %s, a language it does not read, never scored as one it reads',
		(text, language) => {
			const r = classify(text);
			expect(r).toMatchObject({ language, scored: false, priority: 'MEDIUM', sentiment: 0 });
			expect(r.reasons).toEqual([`language not supported: ${language}`]);
		},
	);

	it.each([
		['Thanks Łukasz', 'en', 'LOW'],
		['Gracias Søren', 'es', 'LOW'],
		["My Škoda won't start, help", 'en', 'HIGH'],
		['Order from Ørsted arrived broken', 'en', 'HIGH'],
		["Hi, it's Ewa Wójcik, my card was charged twice", 'en', 'HIGH'],
		['Ich heiße Łukasz und mein Paket ist nicht angekommen', 'de', 'HIGH'],
		['Irmães Galvão me fizeram gargalhar Kkkkķkkk', 'pt', 'LOW'],
	])(
		'reads %p in %s: a name or a typo with a letter of a language not read does not outvote its words',
		(text, language, priority) => {
			expect(classify(text)).toMatchObject({ language, priority, scored: true });
		},
	);

	it('never scores two or more words of one language it does not read as a language it reads (property)', () => {
		// The words of each list that, alone, are not read as English or a language read.
		const own = OTHER_LATIN.map(([code, list]) => {
			const words = [...new Set(list.split(/\s+/))].filter(
				(w) => w.length > 2 && classify(w).scored === false,
			);
			return [code, words] as const;
		}).filter(([, words]) => words.length >= 4);
		expect(own.length).toBeGreaterThanOrEqual(20);
		fc.assert(
			fc.property(
				fc
					.constantFrom(...own)
					.chain(([code, words]) =>
						fc.tuple(
							fc.constant(code),
							fc.uniqueArray(fc.constantFrom(...words), { minLength: 2, maxLength: 6 }),
							fc.constantFrom(' ', ', ', '! '),
						),
					),
				([, words, sep]) => {
					const r = classify(words.join(sep));
					expect(r.scored).toBe(false);
					expect(r.priority).toBe('MEDIUM');
				},
			),
			{ numRuns: 400 },
		);
	});

	it('lets an option decide the priority of a message it does not read', () => {
		const high = createClassifier({ unsupportedLanguage: 'HIGH' });
		expect(high.classify('החבילה שלי לא הגיעה').priority).toBe('HIGH');
		const low = createClassifier({ unsupportedLanguage: 'LOW' });
		expect(low.classify('החבילה שלי לא הגיעה').priority).toBe('LOW');
		expect(low.classify('החבילה שלי לא הגיעה').reasons).toContain('language not supported: he');
	});

	it('treats a language left out of `languages` as not supported', () => {
		const englishOnly = createClassifier({ languages: ['en'] });
		const r = englishOnly.classify('Quiero un reembolso ya, llevo dos semanas esperando');
		expect(r.language).toBe('es');
		expect(r.scored).toBe(false);
		expect(r.priority).toBe('MEDIUM');
	});

	it('still reports an English urgent term inside text it does not read', () => {
		const r = classify('طلبي لم يصل refund please refund');
		expect(r.keywords).toEqual(['refund']);
		expect(r.priority).toBe('HIGH');
	});

	it.each([
		['Estafa', 'es', 'estafa'],
		['Reembolso', 'es', 'reembolso'],
		['Sigo esperando', 'es', 'sigo esperando'],
		['Servicio pésimo', 'es', 'pésimo (-0.8)'],
		['Vergüenza', 'es', 'Vergüenza (-0.6)'],
		['Golpe', 'pt', 'golpe'],
		['Péssimo atendimento', 'pt', 'Péssimo (-0.8)'],
		['Arnaque', 'fr', 'arnaque'],
		['Remboursement', 'fr', 'remboursement'],
		['Betrug', 'de', 'betrug'],
		['Truffa', 'it', 'truffa'],
		['Rimborso', 'it', 'rimborso'],
		['Oplichting', 'nl', 'oplichting'],
		['Terugbetaling', 'nl', 'terugbetaling'],
		['Voleurs', 'fr', 'Voleurs (-0.6)'],
		['Betrueger', 'de', 'Betrueger (-0.8)'],
		['Saftladen', 'de', 'Saftladen (-0.6)'],
		['Der Service ist Müll', 'de', 'Müll (-0.6)'],
		['Totaler Reinfall', 'de', 'Reinfall (-0.6)'],
		['Dieven', 'nl', 'Dieven (-0.6)'],
	])('reads the short %p in %s by its words, HIGH with the reason %p', (text, language, reason) => {
		const r = classify(text);
		expect(r).toMatchObject({ language, scored: true, priority: 'HIGH' });
		expect(r.reasons).toContain(reason);
	});

	it.each([
		['Gracias', 'es'],
		['Obrigado', 'pt'],
		['Merci', 'fr'],
		['Danke', 'de'],
		['Grazie', 'it'],
		['Bedankt', 'nl'],
	])('reads the short thanks %p in %s, LOW', (text, language) => {
		expect(classify(text)).toMatchObject({ language, scored: true, priority: 'LOW' });
	});

	it.each(['Oszustwo', 'Huijaus', 'Penipuan', 'Lorem ipsum'])(
		'says the short %p, no word of which it knows, is not identified (never silently LOW)',
		(text) => {
			const r = classify(text);
			expect(r).toMatchObject({ language: 'und', scored: false, priority: 'MEDIUM', sentiment: 0 });
			expect(r.reasons).toEqual(['language not identified']);
			const low = createClassifier({ unsupportedLanguage: 'LOW' }).classify(text);
			expect(low).toMatchObject({ priority: 'LOW', reasons: ['language not identified'] });
		},
	);

	it.each([
		['Teşekkürler', 'tr'],
		['Çok kötü', 'tr'],
		['Köszönöm szépen', 'hu'],
		['Tack för hjälpen', 'sv'],
		['Hvala @user', 'hr'],
	])(
		'reads %p by its word of a language not read (%s), not as German by its "ü" or "ö"',
		(text, language) => {
			const r = classify(text);
			expect(r).toMatchObject({ language, scored: false, priority: 'MEDIUM' });
			expect(r.reasons).toEqual([`language not supported: ${language}`]);
		},
	);

	it.each([
		['Eu to desesperada', 'pt', 'HIGH'],
		['Eu to esperando', 'pt', 'MEDIUM'],
		['Dat was echt leuk', 'nl', 'LOW'],
	])(
		'reads %p, as many function words of English as of %s and nothing English rated, by its words',
		(text, language, priority) => {
			expect(classify(text)).toMatchObject({ language, priority, scored: true });
		},
	);

	it.each(['Is it open today?', 'Was it sent?', 'Dinner with Dan'])(
		'still reads %p as English',
		(text) => {
			expect(classify(text)).toMatchObject({ language: 'en', scored: true });
		},
	);

	it.each(['Hübsch!', 'Grüße', 'Größe M?'])(
		'still reads %p, with no word of another language, as German by its letters',
		(text) => {
			expect(classify(text)).toMatchObject({ language: 'de', scored: true });
		},
	);

	it.each([
		'Delivery date?',
		'Order status?',
		'Stormy weather',
		'Moving day.',
		"Night y'all",
		'thnx',
	])('reads the short English %p, words the lexicon does not rate, as English and LOW', (text) => {
		expect(classify(text)).toMatchObject({ language: 'en', scored: true, priority: 'LOW' });
	});

	it.each([
		['Boa tarde', 'pt'],
		['Salut', 'fr'],
		['Bonsoir', 'fr'],
		['Horaires ?', 'fr'],
		['Lieferzeit?', 'de'],
		['Lieferung?', 'de'],
		['Orari?', 'it'],
		['Goedemorgen', 'nl'],
		['Openingstijden?', 'nl'],
		['Levertijd?', 'nl'],
		['obg', 'pt'],
		['mrc', 'fr'],
		['Livrez-vous en Belgique ?', 'fr'],
		['Spedite in Svizzera?', 'it'],
	])('reads the short greeting or question %p in %s by its common words, LOW', (text, language) => {
		expect(classify(text)).toMatchObject({ language, scored: true, priority: 'LOW' });
	});

	it.each([
		['Service nul', 'fr'],
		['Schlechtester Service', 'de'],
		['Slechte service', 'nl'],
		['Servizio pessimo', 'it'],
	])(
		'reads %p in %s: a known English word with nothing rated does not make it English',
		(text, language) => {
			expect(classify(text)).toMatchObject({ language, scored: true, priority: 'HIGH' });
		},
	);

	it.each([
		['Que vergonha', 'pt'],
		['Bande de nuls', 'fr'],
	])('breaks a tie of function words ("que", "de") by the words of %p: %s', (text, language) => {
		expect(classify(text)).toMatchObject({ language, scored: true, priority: 'HIGH' });
	});

	it.each([
		['¿Dónde está mi pedido?', 'es', 'dónde está mi pedido'],
		['Cadê meu pedido?', 'pt', 'cadê meu pedido'],
		['Où est ma commande ?', 'fr', 'où est ma commande'],
		['Wo ist meine Bestellung?', 'de', 'wo ist meine bestellung'],
		["Dov'è il mio ordine?", 'it', "dov'è il mio ordine"],
		['Waar is mijn bestelling?', 'nl', 'waar is mijn bestelling'],
		['Quiero mi dinero', 'es', 'quiero mi dinero'],
		['Sois unos ladrones', 'es', 'ladrones (-0.6)'],
	])('makes %p (%s) HIGH, as "Where is my order?" is in English', (text, language, reason) => {
		const r = classify(text);
		expect(r).toMatchObject({ language, priority: 'HIGH' });
		expect(r.reasons).toContain(reason);
	});

	it('lists common words that are not common English words, so English stays English', () => {
		for (const l of READ_LANGUAGES) {
			const words = l.words.split(/\s+/).filter((w) => w);
			expect({ code: l.code, english: words.filter((w) => isEnglishWord(w)) }).toEqual({
				code: l.code,
				english: [],
			});
			expect(new Set(words).size).toBe(words.length);
		}
	});

	it('leaves a message unread in a language the `languages` option leaves out, whoever wins', () => {
		const frDe = createClassifier({ languages: ['fr', 'de'] });
		expect(frDe.classify('Que vergonha')).toMatchObject({ language: 'pt', scored: false });
		expect(frDe.classify('Que vergonha').reasons).toEqual(['language not supported: pt']);
		const english = createClassifier({ languages: ['en'] });
		expect(english.classify('Estafa')).toMatchObject({ language: 'es', priority: 'MEDIUM' });
		expect(english.classify('Delivery date?')).toMatchObject({ language: 'en', priority: 'LOW' });
	});

	it('reads a message with a capital dotted I ("İ", longer in lower case) as the same without', () => {
		expect(classify('Reembolso İstanbul')).toMatchObject({ language: 'es', priority: 'HIGH' });
		expect(classify('Estafa İzmir').keywords).toEqual(['estafa']);
	});

	it.each(['AB123456', 'ORD-99812', '#AB12345', 'mp3', '2FA', '10kg', 'bit.ly/xyz', 'example.com'])(
		'reads %p, a code or a link alone, as "no text"',
		(text) => {
			expect(classify(text).reasons).toEqual(['no text']);
		},
	);

	it.each(['ETA?', 'FAQ', 'Omg', 'Hmm', 'Paypal', 'Preorder?', 'Promo code'])(
		'reads the chat or support word %p as English, LOW',
		(text) => {
			expect(classify(text)).toMatchObject({ language: 'en', scored: true, priority: 'LOW' });
		},
	);

	it('reads letters outside the first plane ("𝐑𝐞𝐟𝐮𝐧𝐝", styled text) as words, not "no text"', () => {
		expect(classify('𝐑𝐞𝐟𝐮𝐧𝐝').reasons).toEqual(['language not identified']);
	});

	it("keeps the English urgent term of a short message that also holds another language's", () => {
		expect(classify('refund/cancel')).toMatchObject({
			language: 'en',
			priority: 'HIGH',
			keywords: ['refund', 'cancel'],
		});
	});

	it('takes a letter as a vote, and a word over a letter ("ü" in Spanish "güe")', () => {
		// "ã" alone tells Portuguese: a question, read and LOW.
		expect(classify('Qual plano inclui ligações internacionais?')).toMatchObject({
			language: 'pt',
			scored: true,
			priority: 'LOW',
		});
		expect(classify('Pingüino roto')).toMatchObject({ language: 'es', priority: 'HIGH' });
		expect(classify('Güte').language).toBe('de');
	});

	it('reads a word written with an apostrophe or a hyphen as a word, not "no text"', () => {
		for (const text of ["Don't", "can't", 'e-mail']) {
			const r = classify(text);
			expect(r.scored).toBe(true);
			expect(r.reasons).not.toContain('no text');
		}
		for (const text of ['★★★', '→→', '——']) expect(classify(text).reasons).toEqual(['no text']);
	});

	it('reads a word of any read language alone in that language (property)', () => {
		const stops = new Set(
			[...READ_LANGUAGES.map((l) => l.stop), ...OTHER_LATIN.map(([, list]) => list)]
				.join(' ')
				.split(/\s+/),
		);
		const rated = READ_LANGUAGES.flatMap((l) =>
			l.lexicon
				.split(/\s+/)
				.map((entry) => entry.slice(0, entry.lastIndexOf(':')))
				.filter((w) => w.length > 1 && !w.endsWith('*') && !stops.has(w)),
		);
		fc.assert(
			fc.property(
				fc.constantFrom(...rated),
				fc.constantFrom('', '!', '?', ' 😡', ' 🙂'),
				(w, end) => {
					const r = classify(w + end);
					expect(r.scored).toBe(true);
					expect(LANGUAGES_READ).toContain(r.language);
				},
			),
			{ numRuns: 500 },
		);
	});

	it('gives an empty or text-free message score 0 and the reason "no text", below thanks', () => {
		for (const text of ['', '   ', '...', '!!!', '42', '#', '-']) {
			const r = classify(text);
			expect(r.score).toBe(0);
			expect(r.reasons).toEqual(['no text']);
			expect(r.scored).toBe(false);
		}
		expect(classify('').score).toBeLessThan(classify('thanks').score);
	});
});

describe('complaints worded calmly reach HIGH', () => {
	it.each([
		'My parcel is late again',
		'The order arrived two weeks late',
		'One item is missing from my order',
		'The lamp arrived broken',
		'You sent me the wrong size',
		'I was charged for a delivery I cancelled',
		'I have emailed three times and been ignored',
		'The staff at the counter were rude',
		'I have been on hold for 40 minutes',
		'This is the third time I am contacting you about this',
		'Still no update on my case',
		'My package says delivered but it is not here, where is my order?',
		'The package says delivered but nothing is here',
		'Third day without internet, when will this be fixed?',
		"It's been 2 weeks, when will it arrive?",
	])('%p', (text) => {
		expect(classify(text).priority).toBe('HIGH');
	});

	it.each([
		'Is the store still open on Sunday?',
		'Thanks, it was late but the team fixed it quickly, great service',
		'What time do you open?',
		'Do you ship to Ireland?',
		'When will the sale start?',
		'I ordered a gift card yesterday, when will it arrive?',
	])('does not raise %p to HIGH', (text) => {
		expect(classify(text).priority).not.toBe('HIGH');
	});

	it('quotes complaint cues as written in the reasons', () => {
		expect(classify('I have been ON HOLD for an hour').reasons).toContain('on hold');
	});

	it('can leave complaint cues out', () => {
		const noCues = createClassifier({ complaintCues: false });
		expect(noCues.classify('My parcel is late again').priority).not.toBe('HIGH');
		expect(classify('My parcel is late again').priority).toBe('HIGH');
	});
});

describe('repeated contact, waiting on the phone and a second charge are complaints in every language read', () => {
	// Each was LOW or MEDIUM (or read as English) before.
	it.each([
		['Es la tercera vez que escribo por lo mismo', 'es'],
		['Me han cobrado 49,99 € dos veces este mes', 'es'],
		['Estou há 40 minutos em espera no telefone', 'pt'],
		['Já é a terceira vez que entro em contato', 'pt'],
		["On m'a débité deux fois", 'fr'],
		["C'est la troisième fois que je vous contacte", 'fr'],
		['Ich schreibe jetzt zum dritten Mal', 'de'],
		["Sono in attesa al telefono da un'ora", 'it'],
		['È la terza volta che vi scrivo', 'it'],
		['Er is twee keer afgeschreven', 'nl'],
		['De bezorger was erg onbeleefd', 'nl'],
		['Dit is de derde keer dat ik contact opneem', 'nl'],
		['Mijn account is geblokkeerd', 'nl'],
	])('%p is HIGH, read in %s', (text, language) => {
		expect(classify(text)).toMatchObject({ priority: 'HIGH', language, scored: true });
	});

	it.each([
		['Hemos ido dos veces al festival', 'es'],
		['Il faut le dire deux fois', 'fr'],
		['Ich war schon zweimal dort', 'de'],
		['Quiero pedir dos veces más', 'es'],
		['¿Puedo hacer el pedido al teléfono?', 'es'],
		['Posso ordinare al telefono?', 'it'],
		['Kan ik aan de telefoon bestellen?', 'nl'],
	])('a count or the phone alone (%p) raises nothing', (text, language) => {
		expect(classify(text)).toMatchObject({ language, scored: true, priority: 'LOW' });
	});
});

describe('words of a language read that are rated English words with another meaning', () => {
	// Each was HIGH before: read as English ("Die", "war") or scored by the English word.
	it.each([
		['Die Bestellung war super', 'de', 'LOW'],
		['Die Ware kam an', 'de', 'LOW'],
		['Die Bank hat angerufen', 'de', 'LOW'],
		['Das Zimmer war hell', 'de', 'LOW'],
		['Il faut le dire', 'fr', 'LOW'],
		["C'est trop tard", 'fr', 'LOW'],
		['Llegó sin problemas', 'es', 'LOW'],
		['Hoe laat gaan jullie open?', 'nl', 'LOW'],
	])('%p is read in %s, %s', (text, language, priority) => {
		const r = classify(text);
		expect(r).toMatchObject({ language, priority, scored: true });
		expect(r.reasons.join(' ')).not.toMatch(/\((-0\.\d)\)/);
	});

	it('never rates a false friend as English in its own language (property)', () => {
		const cases = READ_LANGUAGES.flatMap((l) =>
			(l.falseFriends ?? '')
				.split(/\s+/)
				.filter(Boolean)
				.map((w) => [l, w] as const),
		);
		expect(cases.length).toBeGreaterThanOrEqual(20);
		fc.assert(
			fc.property(
				fc.constantFrom(...cases).chain(([l, w]) =>
					fc.tuple(
						fc.constant(l.code),
						fc.constant(w),
						fc.uniqueArray(fc.constantFrom(...l.stop.split(/\s+/).filter((x) => x.length > 3)), {
							minLength: 2,
							maxLength: 4,
						}),
					),
				),
				([code, w, stops]) => {
					const r = classify([...stops, w].join(' '));
					if (r.language !== code) return;
					expect(r.reasons.map((x) => x.toLowerCase())).not.toContainEqual(
						expect.stringMatching(new RegExp(`^${w} \\(`)),
					);
				},
			),
			{ numRuns: 300 },
		);
	});
});

describe('support abbreviations are English words', () => {
	it.each(['Ref: 1337-143-86', 'Acct 5521, pls confirm', 'Tkt 4411'])(
		'%p is English and LOW, not "language not identified"',
		(text) => {
			expect(classify(text)).toMatchObject({ language: 'en', priority: 'LOW', scored: true });
		},
	);
});

describe('not delivered, not received: the forms customers write, in every language read', () => {
	// Each was MEDIUM before (only the negation was rated).
	it.each([
		['pedido nao foi entregue', 'pt'],
		['non ho ricevuto il pacco', 'it'],
		['ordine mai consegnato', 'it'],
		['pedido nunca entregado', 'es'],
		['no me han entregado el pedido', 'es'],
		['mi pedido no a llegado', 'es'],
		['colis pas livré', 'fr'],
		['Das Paket ist immer noch nicht da', 'de'],
		['Het pakket is niet bezorgd', 'nl'],
		['Quiero darme de baja', 'es'],
		['Mijn account is gehackt', 'nl'],
	])('%p is HIGH (%s)', (text, language) => {
		expect(classify(text)).toMatchObject({ language, priority: 'HIGH' });
	});

	it('finds a consumer authority of a neighbouring language: "Voy a ir a Profeco" is HIGH', () => {
		expect(classify('Voy a ir a Profeco')).toMatchObject({
			priority: 'HIGH',
			keywords: ['profeco'],
		});
	});

	it.each([
		['Ich bin nicht da am Montag', 'de'],
		['Ik ben niet binnen vandaag', 'nl'],
	])('%p (a person away) is not HIGH', (text, language) => {
		const r = classify(text);
		expect(r.language).toBe(language);
		expect(r.priority).not.toBe('HIGH');
	});
});

describe('safety and "it did not work" are urgent, in every language read', () => {
	// Each was LOW or MEDIUM before.
	it.each([
		['My charger caught fire', 'en'],
		['My son had an allergic reaction', 'en'],
		['I ended up in the hospital', 'en'],
		['Me intoxiqué con la comida', 'es'],
		['El cargador se incendió', 'es'],
		['O carregador pegou fogo', 'pt'],
		["J'ai été intoxiqué", 'fr'],
		['Le chargeur a pris feu', 'fr'],
		['Das Ladegerät hat gebrannt', 'de'],
		['Il caricabatterie ha preso fuoco', 'it'],
		['Ik ben voedselvergiftigd', 'nl'],
		['De oplader vloog in brand', 'nl'],
		['La app no funcionó', 'es'],
		['O cupom não funcionou', 'pt'],
		["Le code n'a pas fonctionné", 'fr'],
		['Der Gutschein hat nicht funktioniert', 'de'],
		['Il pacco non ha funzionato', 'it'],
		['De code werkte niet', 'nl'],
	])('%p is HIGH (%s)', (text, language) => {
		expect(classify(text)).toMatchObject({ language, priority: 'HIGH' });
	});

	it.each([
		'Jon Spencer gets aggressive on fresh Blues Explosion music',
		'Our sales blew up this week',
		'The cheese melted nicely',
	])('%p is no safety alarm', (text) => {
		expect(classify(text).keywords).toEqual([]);
	});
});

describe('politeness before "but" does not soften the complaint after it', () => {
	// Each was MEDIUM: the thanks before "but" counted against the cue after it.
	it.each([
		['Danke! Aber ein Artikel fehlt', 'de'],
		['Gracias, pero falta un artículo', 'es'],
		['Grazie! Ma manca un articolo', 'it'],
		['Obrigado, mas falta um item', 'pt'],
		['Bedankt! Maar er ontbreekt een artikel', 'nl'],
		['Thanks! But one item is missing', 'en'],
	])('%p is HIGH (%s)', (text, language) => {
		expect(classify(text)).toMatchObject({ language, priority: 'HIGH' });
	});

	it('still softens a cue when the praise comes after "but"', () => {
		expect(
			classify('Thanks, it was late but the team fixed it quickly, great service').priority,
		).toBe('LOW');
		expect(classify('Es kam spät an, aber der Service war super').priority).not.toBe('HIGH');
	});
});

describe('plain questions in the languages read stay LOW', () => {
	it.each([
		['Quand est-ce que ma commande arrive ?', 'fr'],
		['¿Cuándo llega mi pedido?', 'es'],
		['Quando chega o meu pedido?', 'pt'],
		['Wann kommt meine Bestellung?', 'de'],
		['Quando arriva il mio ordine?', 'it'],
		['Wanneer komt mijn bestelling?', 'nl'],
	])('%p (%s)', (text, language) => {
		expect(classify(text)).toMatchObject({ language, priority: 'LOW', scored: true });
	});
});

describe('a quoted negation takes the word after it', () => {
	it.each([
		['Still No Reply from your team', 'still no reply'],
		['Still not fixed after a week', 'still not fixed'],
		['still no', 'still no'],
		['It is still no.', 'still no'],
	])('%p gives the reason %p', (text, reason) => {
		expect(classify(text).reasons).toContain(reason);
	});
});

describe('a locked account or card is urgent, in every language read', () => {
	it.each([
		['My account is locked', 'en', 'account locked'],
		['They froze my account without notice', 'en', 'account locked'],
		['My card has been blocked since yesterday', 'en', 'card blocked'],
		['Mi cuenta está bloqueada', 'es', 'cuenta está bloqueada'],
		['Me bloquearon la tarjeta', 'es', 'bloquearon la tarjeta'],
		['Minha conta foi bloqueada', 'pt', 'conta foi bloqueada'],
		['Minha conta tá bloqueada', 'pt', 'conta tá bloqueada'],
		['Mon compte est bloqué', 'fr', 'compte est bloqué'],
		['Ma carte est bloquée', 'fr', 'carte est bloquée'],
		['Mein Konto wurde gesperrt', 'de', 'konto wurde gesperrt'],
		['Konto gesperrt, Karte weg', 'de', 'konto gesperrt'],
		['Meine Karte wurde gesperrt', 'de', 'karte wurde gesperrt'],
		['Il mio account è stato bloccato', 'it', 'account è stato bloccato'],
		['Il conto è stato bloccato', 'it', 'conto è stato bloccato'],
		['Mi hanno bloccato la carta', 'it', 'bloccato la carta'],
		['Mijn pas is geblokkeerd, ik kan niet betalen', 'nl', 'pas is geblokkeerd'],
	])('%p is HIGH (%s), the term quoted', (text, language, keyword) => {
		const r = classify(text);
		expect(r).toMatchObject({ priority: 'HIGH', language, scored: true });
		expect(r.keywords).toContain(keyword);
	});

	it.each([
		['Mein Konto ist seit gestern gesperrt', 'gesperrt'],
		['Llevo meses con la cuenta y hoy aparece bloqueada', 'bloqueada'],
	])('the word alone, %p, is a weak cue: MEDIUM, with its reason', (text, reason) => {
		const r = classify(text);
		expect(r.priority).toBe('MEDIUM');
		expect(r.reasons).toContain(reason);
	});
});

describe('a device or app that will not start is HIGH, in every language read', () => {
	it.each([
		["It won't turn on", 'en', "won't turn on"],
		['Phone not charging since the update', 'en', 'not charging'],
		["Can't connect to wifi", 'en', "can't connect"],
		['No anda', 'es', 'no anda'],
		['El celular no prende', 'es', 'no prende'],
		['Não carrega', 'pt', 'não carrega'],
		['Meu celular não liga mais', 'pt', 'não liga mais'],
		["Ne s'allume pas", 'fr', "s'allume pas"],
		['Mon téléphone ne charge plus', 'fr', 'ne charge plus'],
		['Lädt nicht', 'de', 'lädt nicht'],
		['Das Tablet startet nicht', 'de', 'startet nicht'],
		['Non si accende', 'it', 'non si accende'],
		['Il telefono non carica', 'it', 'non carica'],
		['Laadt niet', 'nl', 'laadt niet'],
		['Mijn telefoon gaat niet aan', 'nl', 'gaat niet aan'],
	])('%p is HIGH (%s), quoting %p', (text, language, reason) => {
		const r = classify(text);
		expect(r).toMatchObject({ priority: 'HIGH', language });
		expect(r.reasons).toContain(reason);
	});

	it.each([
		// "liga" is also "cares"; a shop that does not open is a question of hours.
		'Ele não liga pra isso',
		"The shop won't open on Sunday?",
	])('%p is not HIGH', (text) => {
		expect(classify(text).priority).not.toBe('HIGH');
	});
});

describe('reasons quote urgent terms as the message wrote them', () => {
	it.each([
		['I was double charged', 'charged twice', 'double charged'],
		['my parcel never came', 'never arrived', 'never came'],
		['class action incoming', 'lawsuit', 'class action'],
		['My card   was BLOCKED yesterday, they blocked my card', 'card blocked', 'card was blocked'],
	])('%p: keyword %p, reason %p', (text, keyword, reason) => {
		const r = classify(text);
		expect(r.keywords).toEqual([keyword]);
		expect(r.reasons).toContain(reason);
		expect(r.reasons).not.toContain(keyword);
	});

	it('gives a word once: "They Cancelled my order" is "cancelled", not also "Cancelled (-0.3)"', () => {
		expect(classify('They Cancelled my order').reasons).toEqual(['cancelled']);
		expect(classify('Account is blocked?').reasons).toEqual(['account is blocked']);
	});

	it('in a message in a language not read too', () => {
		const r = classify('Мені двічі зняли гроші. Double charged!');
		expect(r.keywords).toEqual(['charged twice']);
		expect(r.reasons).toEqual(['double charged', 'language not supported: uk']);
	});

	it('every reason is in the message (a term, a cue, a word with its value) or says why', () => {
		const form = fc.constantFrom(
			'double charged',
			'charged two times',
			'never came',
			'refunded',
			'class action',
			'is down',
			"can't log in",
			'account is locked',
			'froze my card',
			'on hold',
			'wrong size',
			'not good',
			'never liked',
			'great',
			'awful',
			'reembolso',
			'nunca llegó',
			'konto gesperrt',
			'thanks',
			'order',
			'the',
			'my',
			'😡',
			'Гроші',
		);
		const cased = fc
			.tuple(form, fc.constantFrom('lower', 'upper', 'first'))
			.map(([w, c]) =>
				c === 'upper' ? w.toUpperCase() : c === 'first' ? w[0].toUpperCase() + w.slice(1) : w,
			);
		const gap = fc.constantFrom(' ', '  ', '\n', ', ', '! ');
		const text = fc
			.array(fc.tuple(cased, gap), { minLength: 1, maxLength: 8 })
			.map((parts) => parts.map(([w, g]) => w + g).join(''));
		const STATUS =
			/^(no text|language not identified|language not supported: [a-z]+|CXone sentiment: [a-z]+)$/;
		fc.assert(
			fc.property(text, (t) => {
				const plain = t.replace(/\s+/g, ' ').toLowerCase();
				for (const reason of classify(t).reasons) {
					if (STATUS.test(reason)) continue;
					const label = reason.replace(/ \([+-][01]\.\d\)$/, '').toLowerCase();
					expect(plain).toContain(label);
				}
			}),
			{ numRuns: 400 },
		);
	});
});

describe("another read language's phrases count in a message read in one of the languages", () => {
	it('"Me cobraron dos veces" is Spanish ("veces") and HIGH by its Spanish phrase', () => {
		const r = classify('Me cobraron dos veces');
		expect(r.language).toBe('es');
		expect(r.priority).toBe('HIGH');
		expect(r.keywords).toEqual(['cobraron dos veces']);
	});

	it.each([
		// French "piraté*" and Spanish "cancel*" are words of German and Italian.
		'Die Piraten sind wieder da',
		'Cancellieri in aula martedì',
	])('but not its single words and stems: %p is not HIGH', (text) => {
		const r = classify(text);
		expect(r.priority).not.toBe('HIGH');
		expect(r.keywords).toEqual([]);
	});
});

describe("CXone's own sentiment", () => {
	it('raises a negative message to at least MEDIUM and says why', () => {
		const r = createClassifier().classify('ok', { sentiment: 'negative' });
		expect(r.priority).toBe('MEDIUM');
		expect(r.reasons).toContain('CXone sentiment: negative');
		expect(classify('ok', undefined, { sentiment: 'positive' }).priority).toBe('LOW');
	});

	it('decides a message in a language the engine does not read', () => {
		const c = createClassifier();
		expect(c.classify('החבילה שלי לא הגיעה', { sentiment: 'negative' }).priority).toBe('HIGH');
		expect(c.classify('תודה רבה', { sentiment: 'positive' }).priority).toBe('LOW');
		expect(c.classify('שלום', { sentiment: 'neutral' }).priority).toBe('MEDIUM');
	});

	it('is left out with platformSentiment: ignore, and ignores unknown values', () => {
		const c = createClassifier({ platformSentiment: 'ignore' });
		expect(c.classify('ok', { sentiment: 'negative' }).priority).toBe('LOW');
		expect(classify('ok', undefined, { sentiment: 'furious' }).priority).toBe('LOW');
	});
});

describe('new options are validated, naming the option and the fix', () => {
	it.each([
		[{ unsupportedLanguage: 'URGENT' }, 'unsupportedLanguage'],
		[{ languages: ['en', 'xx'] }, 'languages'],
		[{ languages: 'es, en' as unknown as string[] }, ''],
		[{ complaintCues: 'yes' }, 'complaintCues'],
		[{ platformSentiment: 'maybe' }, 'platformSentiment'],
	])('%p', (options, name) => {
		if (name === '') {
			// A comma-separated string is read as the list.
			const c = createClassifier(options as UrgencyOptions);
			expect(c.classify('Hola, muchas gracias por todo').scored).toBe(true);
			expect(c.classify('Merci beaucoup pour tout, vous êtes super').scored).toBe(false);
			return;
		}
		const error = configError(options);
		expect(error).toBeInstanceOf(UrgencyConfigError);
		expect(error.message).toContain(name);
	});
});

describe('any input (properties)', () => {
	const check = (r: UrgencyResult) => {
		expect(['HIGH', 'MEDIUM', 'LOW']).toContain(r.priority);
		expect(r.score).toBeGreaterThanOrEqual(0);
		expect(r.score).toBeLessThanOrEqual(1);
		expect(r.sentiment).toBeGreaterThanOrEqual(-1);
		expect(r.sentiment).toBeLessThanOrEqual(1);
		expect(r.reasons.length).toBeLessThanOrEqual(5);
		for (const reason of r.reasons) expect(reason.length).toBeLessThanOrEqual(60);
		expect(typeof r.language).toBe('string');
		expect(r.language === 'und' || /^[a-z]{2}$/.test(r.language)).toBe(true);
		if (!r.scored) expect(r.sentiment).toBe(0);
		// Never silently LOW: a message not identified is scored only when something says why.
		if (r.scored && r.language === 'und') expect(r.reasons.length).toBeGreaterThan(0);
		const band =
			r.priority === 'HIGH' ? [2 / 3, 1] : r.priority === 'MEDIUM' ? [1 / 3, 2 / 3] : [0, 1 / 3];
		expect(r.score).toBeGreaterThanOrEqual(band[0] - 1e-9);
		expect(r.score).toBeLessThanOrEqual(band[1] + 1e-9);
	};

	it('returns a well-formed result for any string', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => check(classify(text))),
			{ numRuns: 300 },
		);
	});

	it('returns a well-formed result for any mix of words, numbers and handles', () => {
		const word = fc.constantFrom(
			'refund',
			'reembolso',
			'nicht',
			'jamais',
			'never',
			'not',
			'good',
			'mal',
			'merci',
			'187',
			'#143',
			'@mia',
			'mia',
			'https://x.io/a',
			'still',
			'on',
			'hold',
			'late',
			'wrong',
			'item',
			'😡',
			'🙂',
			'אני',
			'の',
			'!',
			'?',
			',',
			'é',
			"n'est",
			'pas',
		);
		fc.assert(
			fc.property(fc.array(word, { maxLength: 30 }), (words) => {
				const text = words.join(' ');
				check(classify(text));
				// A number, a handle or a link is never rated on its own.
				for (const reason of classify(text).reasons) {
					expect(reason.replace(/ \([-+][\d.]+\)$/, '')).not.toMatch(/^(#?\d+|@\w+|https?:\S+)$/);
				}
				const refsOnly = words.filter((w) => /\d|@/.test(w)).join(' ');
				expect(classify(refsOnly).sentiment).toBe(0);
			}),
			{ numRuns: 300 },
		);
	});

	it('finds the words of a text: runs of two letters or more, not in addresses or codes', () => {
		const piece = fc.constantFrom(
			'a',
			'b',
			'é',
			'ß',
			'ñ',
			'ü',
			'\u0301',
			'x',
			'𝐀',
			'𝐛',
			' ',
			'  ',
			'\n',
			'\t',
			'@',
			'://',
			'www.',
			'.',
			"'",
			'\u2019',
			'-',
			'/',
			'1',
			'#',
			'😡',
			'日',
			'й',
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
				const text = pieces.join('');
				const expected = text
					.split(/\s+/)
					.filter((tok) => !/@|:\/\/|www\.|\p{L}\.\p{L}{2}|\p{N}/u.test(tok))
					.flatMap((tok) => tok.match(/[\p{L}\p{M}]{2,}/gu) ?? []);
				expect(wordsOf(text)).toEqual(expected);
			}),
			{ numRuns: 1000 },
		);
	});

	it('does not depend on an earlier call (buffers are reused)', () => {
		const c = createClassifier();
		fc.assert(
			fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (a, b) => {
				const alone = createClassifier().classify(b);
				c.classify(a);
				expect(c.classify(b)).toEqual(alone);
			}),
			{ numRuns: 200 },
		);
	});
});

describe('other languages: one pass first tells whether any term can be found', () => {
	const sets = [...getLanguages().values()].map((l) => l.terms);
	const any = anyTermPattern(sets) as RegExp;
	const forms = sets.flatMap((s) => s.forms);
	// Pieces of the forms themselves (whole, cut short or run on, with accents and capitals),
	// so that texts come close to a term, often reach one and often just miss it.
	const piece = fc.oneof(
		fc.constantFrom(...forms).map((f) => f.replace(/\*/g, '')),
		fc.tuple(fc.constantFrom(...forms), fc.nat(), fc.nat()).map(([f, a, b]) => {
			const w = f.replace(/\*/g, 'en');
			return w.slice(Math.min(a % 4, w.length - 1), Math.max(1, w.length - (b % 4)));
		}),
		fc.constantFrom('é', 'É', 'ção', 'ü', 'ß', 'x', 'de', '1', 'NO', "l'", '’', '-', '!'),
	);
	const glue = fc.constantFrom(' ', '  ', '', '-', ', ', "'", '\n', '.');
	const text = fc
		.array(fc.tuple(piece, glue), { maxLength: 8 })
		.map((parts) => parts.map(([p, g]) => p + g).join(''));

	it('finds something in a text exactly when some language scan finds a term or cue', () => {
		let found = 0;
		fc.assert(
			fc.property(text, (t) => {
				const lower = t.toLowerCase();
				const folded = fold(lower.length === t.length ? lower : t);
				const hits: TermHit[] = [];
				for (const s of sets) s.find(t, folded, hits);
				if (hits.length > 0) found++;
				expect(any.test(folded)).toBe(hits.length > 0);
			}),
			{ numRuns: 3000 },
		);
		// The texts reach a term often enough for both answers to be tried.
		expect(found).toBeGreaterThan(300);
		expect(found).toBeLessThan(2700);
	});

	it('leaves every result as it was without the check, with mixed languages voting', () => {
		const checked = createClassifier();
		const unchecked = createClassifier();
		// A check that always says "maybe": every voted language is scanned, as before it existed.
		(unchecked as unknown as { anyTerm: RegExp }).anyTerm = /(?:)/u;
		const stops = READ_LANGUAGES.flatMap((l) => l.stop.split(/\s+/)).filter((w) => w);
		const words = fc.oneof(piece, fc.constantFrom(...stops), fc.constantFrom('the', 'my', 'order'));
		const mixed = fc
			.array(fc.tuple(words, glue), { maxLength: 12 })
			.map((parts) => parts.map(([p, g]) => p + g).join(''));
		fc.assert(
			fc.property(mixed, (t) => {
				expect(checked.classify(t)).toEqual(unchecked.classify(t));
			}),
			{ numRuns: 3000 },
		);
	});
});

describe('other languages: token checks without a regular expression', () => {
	// Letters, digits of several scripts, marks and letters outside the first plane, repeated so
	// that runs of three come up often.
	const unit = fc.constantFrom(
		'a',
		'b',
		'á',
		'ß',
		'1',
		'٣',
		'²',
		'½',
		'\u0301',
		'𝐀',
		'𝟙',
		'ж',
		'-',
	);
	const token = fc
		.array(fc.tuple(unit, fc.integer({ min: 1, max: 4 })), { maxLength: 8 })
		.map((runs) => runs.map(([u, n]) => u.repeat(n)).join(''));

	it('hasDigit and isElongated answer as /\\p{N}/u and /(\\p{L})\\1\\1/u do', () => {
		fc.assert(
			fc.property(token, (tok) => {
				expect(hasDigit(tok)).toBe(/\p{N}/u.test(tok));
				expect(isElongated(tok)).toBe(/(\p{L})\1\1/u.test(tok));
			}),
			{ numRuns: 5000 },
		);
	});
});
