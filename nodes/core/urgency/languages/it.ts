/** Italian: word lists written for this package (MIT); the format is described in ../languageData.ts. */
import type { LanguageData } from '../languageData';

// prettier-ignore
export const ITALIAN: LanguageData = {
	code: 'it',
	name: 'Italian',
	stop:
		'avete hai ha voglio vorrei posso può puo quale quali come mi ad ed ' +
		"fa sta stai tutte tutti quanto quando dove chi poi ora solo proprio allora però ecco c'è degli sulla sul nei negli agli ai dai tra fra " +
		'il lo la gli le un una uno che di del della dei delle e è non per con ma sono ' +
		'ho questo questa mio mia miei mie anche più piu sempre ancora grazie ciao ordine ' +
		'pacco perché perche cosa io lui lei noi voi nel nella alla al dal si se già gia ' +
		'oggi mai ci sei siete hanno abbiamo essere stato tutto fatto dopo ' +
		'dello dalla dalle dagli sulle sui col nelle alle questi queste quello quella quelli quelle ' +
		'adesso domani ieri sarà sarebbe fare detto vuoi vuole devo dovrebbe perchè cmq comunque ' +
		'qualcuno sto ste dice vero bisogna tutta niente nostra nostro nostri loro qui qua siamo ' +
		'erano fosse stesso stessa altro altri altra ogni mentre quindi cioè cioe anzi',
	// English words rated by VADER that mean something else here: never read as English.
	falseFriends: 'dire fine',
	words:
		'spedite spedisci servizio ciao buongiorno buonasera buonanotte arrivederci grazie grz ordine ordini consegna ' +
		'consegne spedizione spedizioni pacco pacchi fattura fatture conto negozio negozi orario ' +
		'orari prezzo prezzi pagamento indirizzo tracciamento numero cliente clienti assistenza ' +
		'informazione informazioni domanda cambio reso taglia taglie tempi sconto codice carta ' +
		'acquisto acquisti prodotto prodotti garanzia disponibile quando quanto domani oggi ieri ' +
		'settimana mese arriva arriverà arrivera ricevere spedire sapere vorrei bisogno potete ' +
		'favore',
	negate: 'non nn mai niente nulla nessun nessuno nessuna senza né',
	boost:
		'molto tanto troppo davvero veramente proprio così cosi super assolutamente ' +
		'completamente estremamente parecchio',
	damp: 'poco quasi',
	but: 'ma però pero tuttavia invece',
	lexicon:
		'falso:-1.8 falsi:-1.8 falsa:-1.8 false:-1.8 cazzat*:-2.5 dubito:-1 basta:-1.2 nn:-0.8 mica:-0.3 magari:0.5 pazzesc*:-1 vergognoso:-2.8 squallid*:-2.5 pessimo:-3 odiosa:-2.8 sfiga:-2 sfigat*:-2 purtroppo:-1.5 ' +
		'non:-0.8 mai:-1.2 niente:-0.8 nulla:-0.8 nessuno:-1 nessuna:-0.8 ' +
		'sacrifici*:-1.5 colpa:-1.5 auguri:2.5 buonanotte:1.5 buongiorno:1.5 buonasera:1.5 finalmente:1.5 migliore:2 migliori:2 spero:1.2 speranza:1.5 povero:-1.5 poveri:-1.5 povera:-1.5 crisi:-2 guerra:-2.5 morti:-2.5 vittoria:2.5 vinto:2.2 vincere:2 bacio:2 baci:2 abbraccio:2 abbracci:2 felice:2.6 sorriso:2 sorrisi:2 divertim*:2 annoiat*:-1.8 noia:-1.8 tristezza:-2.2 schifos*:-3 insulti:-2.5 insulto:-2.5 vergognati:-2.8 casta:-1 tasse:-0.8 ladr*:-2.7 corrott*:-2.5 corruzione:-2.5 mafia*:-2.5 fallimento:-2.5 fallit*:-2.5 disoccupazione:-2 sperare:1 fiducia:1.5 coraggio:1.8 speciale:1.8 ' +
		// Everyday judgement words, their inflections and the spellings of quick typing.
		'ha:0 contro:-0.8 culo:-2 critic*:-1.2 inquietant*:-2 imbarazzant*:-2.2 scellerat*:-2.5 frustrant*:-2.3 frustrat*:-2.3 analfabet*:-2 ' +
		'dannat*:-2 terrorizz*:-2.3 lacrim*:-1.8 sangue:-1.2 nemic*:-1.8 inciucio:-2 inciuci:-2 ' +
		'stupr*:-3 strozz*:-2 mah:-0.8 boh:-0.5 uffa:-1.5 pietà:-1.5 pieta:-1.5 pena:-1.5 vomit*:-2.5 ' +
		'cretin*:-2.5 deficient*:-2.5 imbecill*:-2.8 coglion*:-2.8 stronz*:-2.8 fottut*:-2.8 fregat*:-2 ' +
		'pagliacc*:-2.3 buffon*:-2.3 indecent*:-2.5 oscen*:-2.5 pessima:-3 disgust*:-2.8 crollo:-2 ' +
		'crolla*:-2 tragic*:-2.5 tragedia:-2.8 tragedie:-2.8 dramma:-2 drammi:-2 drammatic*:-2 ' +
		'ansia:-2 panico:-2.2 rabbia:-2.5 incazz*:-2.8 stanco:-1.5 stanca:-1.5 stanchi:-1.5 ' +
		'stufo:-2 stufa:-2 stufi:-2 sfortun*:-2 malattia:-2 malato:-1.8 malata:-1.8 dolore:-2.2 ' +
		'soffr*:-2.2 sofferenza:-2.3 morire:-2.5 muore:-2.5 morta:-2.5 uccid*:-2.8 uccis*:-2.8 ' +
		'omicidi*:-2.8 violenza:-2.8 violent*:-2.5 attacc*:-1.5 minacc*:-2.2 rischio:-1.5 ' +
		'rischi:-1.5 debito:-1.5 debiti:-1.5 licenzia*:-2 povertà:-2.2 poverta:-2.2 miseria:-2.2 ' +
		'fame:-1.5 schiav*:-2.2 sbagli*:-1.8 colpevol*:-2 ingiust*:-2.5 illegal*:-2.2 abus*:-2.3 ' +
		'bugiard*:-2.5 menzogn*:-2.5 ipocri*:-2.5 arrogan*:-2.3 incapac*:-2.3 incapaci:-2.3 ' +
		'patetic*:-2.5 penos*:-2.3 deludent*:-2.5 scars*:-1.5 mediocr*:-2 orrend*:-3 banal*:-1.2 ' +
		'antipatic*:-2 insopportabil*:-2.8 intollerabil*:-2.8 depress*:-2.5 solitudine:-1.8 ' +
		'piangere:-2 pianto:-2 lutto:-2.5 vittim*:-2 sciagur*:-2.5 schifezz*:-3 porcheri*:-2.8 ' +
		'idiozi*:-2.5 vergognosa:-2.8 vergognosi:-2.8 squallore:-2.5 degrado:-2.3 disonest*:-2.5 ' +
		'incoerent*:-1.8 ignoran*:-2.2 razzis*:-2.8 fascis*:-2 nazist*:-2.5 polemic*:-1.2 ' +
		'lamentel*:-1.5 lament*:-1.5 pessimis*:-1.8 preoccupa*:-1.5 preoccupazione:-1.8 timore:-1.5 ' +
		'paure:-2 spavent*:-2 terribilmente:-2 orribilmente:-2.5 maledett*:-2.5 accident*:-1.5 ' +
		'annoia*:-1.8 noiosa:-1.8 fallisc*:-2.3 falliment*:-2.5 perdit*:-1.5 perdere:-1.5 perso:-1.2 ' +
		'persa:-1.2 sconfitt*:-2 umilia*:-2.5 offes*:-2 offend*:-2 insult*:-2.5 odiat*:-2.8 ' +
		'mitico:2.5 mitica:2.5 mitici:2.5 figo:2 figa:1.5 fighi:2 figata:2.5 geniale:2.5 geniali:2.5 ' +
		'magnific*:3 fiero:2 fiera:2 orgoglio*:2.2 gioia:2.5 gioie:2.5 allegr*:2.2 simpatic*:2 ' +
		'carino:2 carina:2 carini:2 carine:2 dolce:1.8 dolci:1.5 tenero:1.5 tenera:1.5 emozion*:1.8 ' +
		'sogno:1.5 sogni:1.5 felicissim*:3 amici:1 amico:1 amica:1 applaus*:2 forza:1.5 viva:1.5 ' +
		'grandissim*:2.5 bravissim*:3 successo:2.2 vittorie:2.5 vince:2 vinciamo:2 onore:2 ' +
		'onesto:1.8 onesta:1.8 onesti:1.8 ottimista:2 positiv*:1.5 serenità:2 serenita:2 sereno:1.8 ' +
		'tranquill*:1.2 pace:1.8 rispetto:1.5 stima:1.8 apprezz*:2 ringrazi*:2 benvenut*:2 ' +
		'buonissim*:3 piacere:2 piacevol*:2 interessant*:1.5 utile:1.5 utili:1.5 bellezza:2.5 ' +
		'spettacolare:3 eccezional*:3 straordinari*:2.8 adorabil*:2.8 amabil*:2.2 ahaha*:1.5 ' +
		'hahah*:1.5 ahahah*:1.5 ' +
		'grazie:2 ottim*:3 eccellent*:3 perfett*:2.7 bello:2.2 bella:2.2 belli:2.2 belle:2.2 ' +
		'bellissim*:3 buono:1.9 buona:1.9 buoni:1.9 buon:1.5 bene:1.5 benissimo:2.5 brav*:2.2 ' +
		'fantastic*:3 meraviglios*:3 felice:2.6 felici:2.6 felicità:2.6 felicita:2.6 contento:2 ' +
		'contenta:2 contenti:2 contente:2 amo:2.8 adoro:2.8 ador*:2.5 amore:3 piace:1.8 ' +
		'piaciut*:1.8 grande:1.5 evviva:2.5 complimenti:2.5 soddisfatt*:2 gentil*:2 veloc*:1 ' +
		'rapid*:1 haha*:1.5 ahah*:1.5 divertent*:2 splendid*:3 stupend*:3 incredibil*:2 top:1.5 ' +
		'consiglio:0.5 spettacol*:2.5 pessim*:-3 orribil*:-3 terribil*:-3 schif*:-3 brutt*:-2.5 ' +
		'male:-1.8 peggio:-2.8 peggior*:-2.8 odio:-3 odiare:-3 odia:-2.8 trist*:-2.2 ' +
		'arrabbiat*:-2.5 incazzat*:-2.8 deluso:-2.5 delusa:-2.5 delusi:-2.5 delusione:-2.5 ' +
		'vergogn*:-2.5 ridicol*:-2 assurd*:-2.3 inaccettabil*:-3 truff*:-3 ladri:-2.7 ladro:-2.7 ' +
		'bugi*:-2.2 merda:-3 cazzo:-2 stupid*:-2.5 idiot*:-2.5 inutil*:-2.5 problema:-1.5 ' +
		'problemi:-1.5 errore:-1.5 errori:-1.5 guast*:-2 rotto:-2 rotta:-2 rotti:-2 lento:-1.5 ' +
		'lenta:-1.5 paura:-2 morte:-2.5 morto:-2.5 piang*:-2 purtroppo:-1.5 disastr*:-3 ' +
		'fastidi*:-2 noios*:-1.8 scandal*:-3 schifo:-3 cattiv*:-2.3 odioso:-2.8 maleducat*:-2.5 ' +
		'incompetent*:-2.5 vergognoso:-2.8 insoddisfatt*:-2.5 preoccupat*:-1.5 dispiace:-1.2 ' +
		'peccato:-1.5 tristezza:-2.2 palle:-1.5 cavolo:-1 accidenti:-1.5',
	urgent:
		'rimbors*|rimbor*|soldi indietro|i miei soldi|restituzione dei soldi|annull*|disdett*|' +
		'disdir*|recesso|urgente*|urgenza|immediat*|subito|avvocat*|denunci*|querela|tribunale|' +
		'causa legale|vie legali|altroconsumo|codacons|adiconsum|agcom|antitrust|' +
		'truffa*|truffat*|frode*|fraudolent*|addebitato due volte|addebito doppio|' +
		'doppio addebito|pagato due volte|mai arrivato|mai arrivata|mai arrivati|non è arrivato|' +
		'non e arrivato|non è arrivata|non e arrivata|non è mai arrivato|non e mai arrivato|' +
		'non arrivato|non ricevuto|mai ricevuto|non funziona*|ha smesso di funzionare|' +
		'rubato|rubati|hackerat*|pericolos*|intossicazione|' +
		'account bloccat*|account è bloccat*|account è stato bloccat*|account sospes*|' +
		'account è stato sospes*|account disattivat*|account è stato disattivat*|conto bloccat*|' +
		'conto è bloccat*|conto è stato bloccat*|conto sospes*|carta bloccat*|carta è bloccat*|' +
		'carta è stata bloccat*|bloccato il mio account|bloccato il mio conto|bloccato la carta|' +
		'bloccato la mia carta|non si accende|non si carica|non carica|non parte|non si avvia|' +
		'non ho ricevuto|non abbiamo ricevuto|non mi è arrivato|non mi e arrivato|non mi è arrivata|non mi e arrivata|mai consegnato|mai consegnata|non consegnato|non consegnata|non è stato consegnato|non e stato consegnato|non ancora arrivato|' +
		// Safety: fire, explosion, shock, burns, allergy, poisoning, injury, hospital.
		'preso fuoco|in fiamme|esploso|esplosa|scossa elettrica|ustion*|mi sono bruciat*|reazione allergica|in ospedale|pronto soccorso|ferito|ferita|intossicat*|' +
		'non ha funzionato|non funzionava|non ha mai funzionato',
	cues:
		'ordinato:0.5|arrivata una:0.5|arrivato un:0.5|rumore:0.5|strano:0.5|arrivato freddo:1|freddo:0.5|fredda:0.5|mancava:1|stessa fattura:0.5|' +
		'sbagliat*:1|errato:1|errata:1|danneggiat*:1|rott*:1|difettos*:1|addebitat*:0.5|' +
		'addebito:0.5|nessuna risposta:1|nessuno risponde:1|non rispondete:1|non risponde:1|' +
		'senza risposta:1|in attesa:0.5|attesa:0.5|riattaccato:1|ancora niente:1|ancora nulla:1|' +
		'ancora non:1|non ancora:1|sto aspettando:1|aspetto:0.5|aspettando:0.5|ritard*:1|' +
		'di nuovo:0.5|ancora una volta:1|settimane:0.5|giorni:0.5|ore:0.5|ancora:0.5|manca*:0.5|' +
		'mancant*:1|smarrit*:1|perso:0.5|nessuno:0.5|perché:0.5|perche:0.5|impossibile:0.5|' +
		'servizio clienti:0.5|assistenza:0.5|scortes*:1|maleducat*:1|' +
		'dov\'è il mio ordine:1|dove è il mio ordine:1|dov\'è il mio pacco:1|dove è il mio pacco:1|dov\'è finito il mio ordine:1|' +
		'bloccat*:0.5|' +
		'terza volta:1|quarta volta:1|ennesima volta:1|tre volte:0.5|più volte:0.5|piu volte:0.5|diverse volte:0.5|due volte:0.2|al telefono:0.2|attesa telefonica:1|doppio addebito:1|avete addebitato:1|hanno addebitato:1|' +
		'manca un:1|manca una:1|in attesa al telefono:1|attesa al telefono:1',
};
