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
	/**
	 * Words of the language that are English words VADER rates with another meaning ("dire" is
	 * "to say" in French and Italian, "sin" "without" in Spanish): never read as English in a
	 * message read in this language.
	 */
	falseFriends?: string;
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
	"please thanks thank thnx thanx hi hello dear order i'm it's don't can't didn't i've you're";

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
		'var yok gibi olarak siparişim siparisim hala hâlâ henüz gelmedi teşekkürler tesekkurler ' +
		'paramı parami geri istiyorum iade bozuk çalışmıyor calismiyor kargo kargom sipariş ' +
		'siparis ulaşmadı ulasmadi bekliyorum kimse cevap vermiyor lütfen lutfen merhaba neden ' +
		'niye hiç hic benim sizin müşteri musteri hizmetleri gündür gundur hafta yardım yardim ' +
		'ürün urun kırık kirik ücret ucret kez kere çekildi cekildi'],
	['pl', 'się sie nie jest że ze jestem mam moje moja już juz jeszcze ' +
		'dlaczego paczka zamówienie zamowienie dziękuję dziekuje bardzo żeby zeby przez ' +
		'uszkodzony uszkodzona uszkodzone zepsuty zepsuta zepsute działa dziala nigdy dotarła ' +
		'dotarla doszła doszla przyszła przyszla chcę zwrot zwrotu pieniędzy pieniedzy ' +
		'pieniądze pieniadze reklamacja reklamację proszę prosze pomocy dzień dzien dobry czekam ' +
		'nikt odpowiada obsługa obsluga klienta mój czy kiedy też tez tylko zamówienia ' +
		'zamowienia przesyłka przesylka zablokowane'],
	['id', 'yang ini itu tidak dengan untuk saya ada dari akan sudah belum bisa ' +
		'kami kenapa tolong pesanan terima kasih sampai juga atau ' +
		' uang kembali pengembalian rusak barang dikirim menunggu tunggu gak nggak udah aku ' +
		'kalian kak gimana bagaimana kapan dong sih banget sangat tapi balas membalas ' +
		'pelayanan minggu lagi masih'],
	['sv', 'och att det som är ar jag inte för för på pa med mitt ' +
		'hur varför varfor tack beställning bestallning ännu annu fortfarande ' +
		'vill mina mig har hade kommit fram aldrig ingen inget något nagot pengarna pengar ' +
		'tillbaka svarar hjälp hjalp snälla snalla paketet leverans leveransen återbetalning ' +
		'aterbetalning trasig trasigt fungerar funkar skulle vad när nar eller ett hej mvh ' +
		'kundtjänst kundtjanst bedrägeri bedrageri väntat vantat väntar vantar dagar veckor ' +
		'beställde bestallde var paket'],
	['da', 'og det som jeg ikke på pa med har til af mit hvordan hvorfor ' +
		'tak bestilling endnu stadig være vaere ' +
		' vil penge pengene tilbage aldrig ankommet kommet modtaget pakke pakken hjælp hjaelp ' +
		'venligst hej kundeservice virker ødelagt odelagt refusion svar svarer ingen noget nogen ' +
		'hvad hvornår hvornar dage uger venter ventet jer jeres mig skal meget også ogsa eller tusind hvor'],
	['no', 'og det som jeg ikke på med har til mitt hvordan hvorfor ' +
		'takk bestilling ennå enna fortsatt være ' +
		' vil pengene penger tilbake aldri kommet mottatt pakke pakken hjelp vennligst hei ' +
		'kundeservice virker ødelagt odelagt refusjon svar svarer ingen noe noen hva når nar ' +
		'dager uker venter ventet dere deres meg deg skal veldig også ogsa eller hvor'],
	['fi', 'ja ei että etta en olen minä mina mutta kun tämä tama vielä viela miksi ' +
		'kiitos tilaus tilaukseni paketti ' +
		'ole saapunut koskaan haluan rahani rahat takaisin palautus hyvitys rikki toimi toimii ' +
		'vastaa vastausta apua hei asiakaspalvelu odottanut odotan päivää paivaa viikkoa ' +
		'minun teidän teidan mitään mitaan nyt jo ollut oli kanssa myös myos tai kuin mikä ' +
		'mika missä missa milloin'],
	['ro', 'și si în nu este că pe cu pentru mai eu sunt dar comanda comanda ' +
		'mulțumesc multumesc încă inca ' +
		'ajuns niciodată niciodata vreau banii înapoi inapoi rambursare funcționează ' +
		'functioneaza stricat stricată stricata aștept astept nimeni răspunde raspunde rog ' +
		'bună ziua mea mele coletul colet comenzii comandă fost ați dumneavoastră ' +
		'dumneavoastra țeapă teapa înșelătorie inselatorie zile săptămâni saptamani ajutor ' +
		' serviciul două doua luat ori'],
	['cs', 'je se že ze jsem jsou mám mam moje ještě jeste proč proc děkuji ' +
		'dekuji objednávka objednavka nebo ' +
		'zásilka zasilka nikdy nedorazila nedorazil nepřišla neprisla chci vrátit vratit peníze ' +
		'penize nefunguje rozbitý rozbity poškozený poskozeny prosím prosim dobrý dobry čekám ' +
		'cekam nikdo neodpovídá neodpovida reklamace už uz kdy jen objednávku objednavku ' +
		'podvod zákaznický zakaznicky proto tady není neni bylo byla'],
	['hu', 'és es az nem hogy egy már mar még miért miert köszönöm koszonom ' +
		'rendelés rendeles csomag ' +
		'csomagom csomagot soha meg vissza akarom pénzem penzem pénzemet penzemet érkezett ' +
		'erkezett kapni nincs kérem kerem kérek kerek ezt mert rendelésem rendelesem ' +
		'működik mukodik törött torott hibás hibas várok varok senki válaszol valaszol ' +
		'ügyfélszolgálat ugyfelszolgalat visszatérítés visszaterites pénz penz csalás csalas ' +
		'napja hete segítség segitseg szia jó napot nekem engem önök onok mikor vagy köszi koszi hol'],
	['vi', 'và của có không là tôi được cho này những với một đã chưa tại sao cảm ơn hàng ' +
		'đơn bao giờ đến muốn hoàn tiền giao nhận hỏng bị đợi chờ lời vui xin ' +
		' mình lừa đảo'],
	['tl', 'ang ng sa mga ako hindi ko ay yung rin bakit salamat ' +
		'dumarating dumating naman opo wala ibalik sira gumagana hinihintay naghihintay ' +
		'sumasagot walang kayo ninyo niyo nyo kailan paano lang talaga nang padala'],
	['et', 'ning aga kui miks tellimus tellimust pakk kunagi kohale tahan raha tagasi aitäh ' +
		'aitah tere palun veel juba ootan katki tööta toota jõudnud joudnud teie mida ' +
		'millal klienditeenindus mul minu mu'],
	['sk', 'zásielka zasielka neprišla chcem vrátiť peniaze ďakujem dakujem som sme ' +
		' môj pokazený pokazeny čakám cakam nikto neodpovedá neodpoveda ' +
		'reklamácia reklamacia ako kedy alebo ktorý ktory'],
	['hr', 'pošiljka posiljka nikad nije stigla stiglo želim zelim povrat novca novac hvala ' +
		'molim pomoć narudžba narudzba narudžbu narudzbu smo zašto zasto kada već vec još ' +
		'jos nitko niko odgovara reklamacija prevara pokvaren pokvareno oštećen ostecen dobar ' +
		'bok zdravo poštovani postovani račun racun'],
	['lt', 'ir kad nėra nera noriu pinigus pinigų pinigu grąžinti grazinti kodėl kodel ačiū ' +
		'aciu užsakymas uzsakymas užsakymo uzsakymo siunta siuntinys neatvyko negavau jau yra ' +
		'buvo labai prašau prasau laba diena neveikia sugedęs sugedes laukiu niekas neatsako ' +
		'apgavystė apgavyste arba'],
	['lv', ' mana mani pasūtījums pasutijums nav atnācis atnacis gribu naudu nauda ' +
		'atpakaļ atpakal paldies lūdzu ludzu sveiki labdien kāpēc kapec vēl nestrādā nestrada ' +
		'salūzis saluzis gaidu neviens neatbild krāpšana krapsana sūtījums sutijums ļoti loti'],
	['is', 'ég ekki að pöntun pontun pöntunin pontunin aldrei endurgreiðslu endurgreidslu ' +
		'peningana fyrir hvað hvar hvenær hvers vegna virkar bilað bilad bíða enginn ' +
		'þetta thetta það thad við þið með hverju minn'],
	['eu', ' nire eskaera eskaria inoiz iritsi dirua itzultzea itzuli nahi eskerrik ' +
		'asko mesedez kaixo zergatik oraindik ditut dute zuen baina hau hori ere funtzionatzen ' +
		'hautsita itxaroten inork erantzuten zerbitzua'],
	['ca', 'amb meva meves perquè perque encara vull arribat arribada gràcies ' +
		'gracies això aixo aquest aquesta tinc moltes reemborsament retornar avui ' +
		'ahir setmanes ningú ningu respon servei sisplau plau trencat trencada nosaltres ' +
		'vosaltres vostre vostra també tambe doncs feu què vegades heu sóc estic comanda'],
	['sw', 'kwa sana asante habari tafadhali agizo langu yangu wangu pesa zangu nataka ' +
		'sijapata halijafika bado lakini hii hiyo kwanini mimi wewe nimesubiri haifanyi kazi ' +
		'imeharibika msaada huduma wateja rudisha zirudishwe'],
	['cy', 'fy yn ac wedi ddim eisiau archeb erioed diolch gwelwch dda helo pam ond ' +
		'eich gyda rwyf rydw daliad cyrraedd chyrhaeddodd gweithio torri aros neb ateb ' +
		'gwasanaeth cwsmeriaid'],
	// Hindi written in Latin letters (Hinglish), as customers in India often write.
	['hi', 'mera meri abhi tak nahi nahin aaya aayi hain kab kya kyu kyun bhai paisa ' +
		'paise wapas milega mila karo kijiye bahut bhi gaya gayi raha rahi kuch koi aap apka ' +
		'aapka mujhe yeh jaldi hua diya'],
	['sq', 'dhe është eshte nuk një nje porosia porosinë porosine kurrë kurre ardhur dua ' +
		'paratë parate mbrapsht faleminderit lutem përshëndetje pershendetje pse akoma ende ' +
		'punon prishur pres askush përgjigjet pergjigjet shërbimi sherbimi klientit mashtrim ' +
		'kam shumë shume'],
];
