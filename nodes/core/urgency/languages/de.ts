/** German: word lists written for this package (MIT); the format is described in ../languageData.ts. */
import type { LanguageData } from '../languageData';

// prettier-ignore
export const GERMAN: LanguageData = {
	code: 'de',
	name: 'German',
	stop:
		'vielen dank alles die war hat ' +
		'dann eben nich ach muss einfach ihn sich mal nein hier dort wer wieso weil durch unter gegen zum zur vom ins beim halt nochmal gar ' +
		'der das und ist nicht ich du sie wir ihr es ein eine einen einem einer mit von zu ' +
		'auf für fur mein meine meinen meiner mir mich dem den des auch noch schon aber nur ' +
		'sehr wie wenn bei habe haben wurde kein keine danke bitte paket ' +
		'bestellung immer heute jetzt seit wieder warum sind wird euch ihr ihre ihren dass ' +
		'oder nach aus über uber gibt geht ' +
		'doch hast bin bist waren hätte hatte wäre ware würde wurde kann könnte konnte soll ' +
		'sollte wollen uns unser unsere dich dir ihm ihnen diese dieser dieses diesen ' +
		'vielleicht morgen abends morgens gestern denn ob mehr viel viele schön neue neuen ' +
		'erst bis bald wann etwas nix nee ja sein seine werden worden zum nichts nun grad ' +
		'gerade heut nen wär hab würds wirklich sowieso eigentlich',
	// English words rated by VADER that mean something else here: never read as English.
	falseFriends: 'hell kinder gift bad arm rat not',
	words:
		'hallo moin servus grüezi gruezi guten morgen abend nacht tschüss tschuss tschüs ciao danke ' +
		'dankeschön bestellung bestellungen lieferung lieferungen lieferzeit lieferzeiten paket ' +
		'pakete sendung rechnung rechnungen konto passwort kennwort filiale öffnungszeiten ' +
		'oeffnungszeiten preis preise zahlung adresse anschrift sendungsverfolgung sendungsnummer ' +
		'nummer kunde kunden kundenservice kundendienst auskunft frage fragen umtausch größe ' +
		'groesse frist rabatt gutschein karte kauf einkauf produkt produkte garantie verfügbar ' +
		'verfuegbar wann wieviel viel heute gestern woche monat kommt ankommen erhalten schicken ' +
		'wissen möchte moechte brauche können koennen bitte',
	negate: 'nicht nich nie niemals kein keine keinen keinem keiner keines nichts ohne weder',
	negateAfter: 'nicht nich nie niemals',
	boost:
		'sehr total echt wirklich voll extrem absolut ganz besonders mega richtig so ' +
		'äußerst ausserst unglaublich',
	damp: 'etwas kaum fast bisschen wenig',
	but: 'aber doch jedoch sondern trotzdem',
	lexicon:
		'nicht:-0.8 nich:-0.8 nie:-1.2 niemals:-1.2 nichts:-0.8 kein:-0.8 keine:-0.8 keinen:-0.8 niemand:-1 ' +
		'spaß:2.2 spass:2.2 glückwunsch*:2.5 gluckwunsch*:2.5 wunderschön*:3 wunderschon*:3 beste:2.2 besten:2.2 bester:2.2 bestes:2.2 endlich:1 träum*:1.5 traum*:1.5 langweil*:-2 hoffentlich:1 hoffe:1 hoffnung:1.5 freude:2.5 fröhlich*:2.5 frohlich*:2.5 lustig*:1.8 witzig*:1.8 krieg*:-2.5 terror*:-3 gefahr*:-2 tote:-2.5 opfer:-2 krise*:-2 sieg*:2.2 gewonnen:2.2 gewinn*:2 schade:-1.8 fassungslos*:-2.5 sauer:-2 müde:-1.2 mude:-1.2 kalt:-0.5 allein:-1 einsam*:-2 hässlich*:-2.5 hasslich*:-2.5 ekel*:-2.8 widerlich*:-3 hölle:-2.5 holle:-2.5 ' +
		// Everyday judgement words, their inflections and the spellings of quick typing.
		'kotz*:-2.5 arsch*:-2.5 sterben:-2.5 stirbt:-2.5 gestorben:-2.5 schmerz*:-2 aua:-1.5 autsch:-1.5 ' +
		'sinnlos*:-2 katastro*:-3 grauenhaft*:-3 grausam*:-3 nerven:-1 nervös:-1.5 nervos:-1.5 ' +
		'genervt:-2 pfui:-2 bäh:-1.5 bah:-1.5 weh:-1.5 seufz*:-1.5 zerstör*:-2.5 zerstor*:-2.5 ' +
		'verloren:-1.5 verlier*:-1.8 verseucht*:-2.5 unsicher*:-1.2 schief:-1.5 ahnungslos*:-2 ' +
		'stillstand:-1.5 rückschritt*:-2 ruckschritt*:-2 leiden:-2 leidet:-2 gelitten:-2 ' +
		'mimimi*:-1.2 heul*:-2 wein*:-1.2 tränen:-2 tranen:-2 stress*:-1.8 anstrengend*:-1.5 ' +
		'scheisse:-3 scheiße:-3 kack*:-2.5 fuck*:-2.5 shit:-2.5 mist*:-2 verflucht*:-2.5 ' +
		'ekelhaft*:-3 eklig*:-2.8 dreck*:-2.3 hässlich:-2.5 furcht*:-2.3 fürchte*:-2 angst*:-2 ' +
		'panik*:-2.2 sorge:-1.5 besorgt*:-1.5 schrott*:-2.5 müll:-2.5 mull:-2.5 reinfall:-2.2 übel*:-2.3 ubel*:-2.3 elend*:-2.5 ' +
		'mies:-2.5 doof*:-2 dämlich*:-2.3 damlich*:-2.3 bekloppt*:-2.3 behindert*:-2.5 ' +
		'arschloch*:-3 arschlöcher*:-3 arschlocher*:-3 wichser*:-3 spast*:-2.8 penner*:-2.5 ' +
		'lügner*:-2.5 lugner*:-2.5 schuld*:-1.8 versagt*:-2.3 versag*:-2.3 gescheitert*:-2.3 ' +
		'scheiter*:-2.3 pleite*:-2 verletz*:-2 unfall*:-2 tod:-2.5 tödlich*:-2.8 todlich*:-2.8 ' +
		'gewalt*:-2.5 mord*:-3 ungerecht*:-2.5 unfair*:-2.2 skandal*:-2.8 schande:-2.8 ' +
		'schäm*:-2 scham*:-2 schlechter*:-2.5 schlechteste*:-3 schlimmste*:-3 langweilig*:-2 ' +
		'öde:-1.8 ode:-1 unnötig*:-1.8 unnotig*:-1.8 überflüssig*:-1.8 uberflussig*:-1.8 ' +
		'vermiss*:-1 allein:-1.2 heimweh:-1.5 krank*:-1.8 erkältet:-1.5 erkaltet:-1.5 ' +
		'kopfschmerz*:-2 bauchschmerz*:-2 unglücklich*:-2.5 ungluecklich*:-2.5 unglucklich*:-2.5 ' +
		'ärgerlich*:-2.3 argerlich*:-2.3 nervend*:-2 grrr*:-2 argh*:-2 menno:-1.5 manno:-1.5 ' +
		'shice:-2.5 verdammte*:-2.5 hölle:-2.5 horror*:-2.5 albtraum*:-2.5 alptraum*:-2.5 ' +
		'traurigkeit:-2.2 enttäuscht*:-2.5 enttauscht*:-2.5 frust*:-2.3 ' +
		'wow:2 yay:2 juhuu*:2.5 jippie*:2.5 wuhu*:2 hach:1 herrlich*:2.8 schöne:2.2 schönen:2.2 ' +
		'schöner:2.2 schönes:2.2 schönste*:3 liebsten:2 liebling*:2.5 lieblings*:2 süß*:2.2 ' +
		'suss*:2.2 suess*:2.2 niedlich*:2.2 knuffig*:2.2 awesome:3 nice:2 geilste*:2.8 ' +
		'glück*:2.3 gluck*:2.3 stolz*:2 gratuliere:2.5 gratulation*:2.5 feier*:1.5 party:1.5 ' +
		'lachen:1.5 gelacht:1.5 lacht:1.5 spannend*:1.8 interessant*:1.5 sympathisch*:2 ' +
		'wunder*:2 entspann*:1.8 gemütlich*:2 gemutlich*:2 angenehm*:2 erfolg*:2 bravo:2.5 ' +
		'daumen:1 umarm*:2 kuss:2 küsse:2 kusse:2 dankbar*:2.3 gespannt:1.2 freut:2.3 ' +
		'gefällt:1.8 gefallt:1.8 gefiel:1.8 mag:1.5 danke:2 dankeschön:2.2 dankeschon:2.2 dank:1.8 vielen:0.3 gut:1.9 gute:1.9 guten:1.2 ' +
		'guter:1.9 gutes:1.9 super:2.2 toll*:2.5 klasse:2.5 prima:2.3 perfekt*:2.7 ' +
		'hervorragend*:3 ausgezeichnet*:3 wunderbar*:3 schön*:2.2 schoen*:2.2 freu*:2.3 ' +
		'glücklich*:2.6 glucklich*:2.6 zufrieden*:2 liebe:2.5 lieben:2.5 liebt:2.5 empfehl*:1.8 ' +
		'schnell*:1 hilfreich*:2 freundlich*:2 geil*:2.3 cool:1.5 spitze:2.5 genial*:2.8 ' +
		'lol:1.5 haha*:1.5 gerne:1.5 gern:1.5 lecker*:2 begeistert:2.8 großartig*:3 ' +
		'grossartig*:3 fantastisch*:3 endlich:0.5 yeah:1.5 juhu:2.5 hurra:2.5 ' +
		'schlecht*:-2.5 schlimm*:-2.5 schrecklich*:-3 furchtbar*:-3 mies*:-2.5 katastroph*:-3 ' +
		'enttäusch*:-2.5 enttausch*:-2.5 ärger*:-2.3 arger*:-2.3 sauer:-2 wütend*:-2.7 ' +
		'wutend*:-2.7 wut:-2.7 traurig*:-2.2 hass*:-3 hasse:-3 scheiß*:-3 scheiss*:-3 mist:-2 ' +
		'kacke:-2.5 frech*:-2 unverschämt*:-3 unverschamt*:-3 frechheit:-2.8 betrug*:-3 ' +
		'betrüg*:-3 betrug:-3 lüge*:-2.2 luge*:-2.2 gelogen:-2.2 dumm*:-2.3 blöd*:-2.3 blod*:-2.3 ' +
		'idiot*:-2.5 nervig*:-2 nervt:-2 problem:-1.5 probleme:-1.5 fehler*:-1.5 kaputt*:-2.3 ' +
		'defekt*:-2.2 langsam*:-1.5 leider:-1.5 schade:-1.8 angst:-2 tot:-2.5 unmöglich*:-2 ' +
		'unmoglich*:-2 unzufrieden*:-2.5 unfreundlich*:-2.3 inakzeptabel:-3 ' +
		'zumutung:-2.8 sauerei:-2.8 peinlich*:-2 ätzend*:-2.5 atzend*:-2.5 nervig:-2 ' +
		'katastrophal:-3 unzumutbar*:-3 enttäuschung:-2.5 enttauschung:-2.5 schwach*:-1.5 ' +
		'sorgen:-1.5 krank:-1.8 verdammt*:-2.5 verarsch*:-2.8 abzocke*:-3 abzock*:-3 ' +
		'lächerlich*:-2.5 lacherlich*:-2.5 beschiss*:-3 bescheuert*:-2.5 betrueg*:-3 saftladen:-2.5',
	urgent:
		'rückerstattung*|ruckerstattung*|rueckerstattung*|erstatt*|geld zurück|geld zuruck|' +
		'geld zurueck|mein geld|kündig*|kundig*|kuendig*|storn*|widerruf*|dringend*|sofort|' +
		'umgehend|anwalt|anwältin|anwalt*|rechtsanwalt*|klage|verklagen|gericht*|' +
		'verbraucherzentrale|verbraucherschutz|schlichtungsstelle|bundesnetzagentur|' +
		'betrug*|betrüg*|abzocke*|abzock*|doppelt abgebucht|zweimal abgebucht|2x abgebucht|' +
		'doppelt berechnet|zweimal berechnet|doppelt belastet|nie angekommen|nicht angekommen|' +
		'noch nicht angekommen|nie erhalten|nicht erhalten|nie geliefert|nicht geliefert|' +
		'funktioniert nicht|funktioniert nicht mehr|geht nicht mehr|geht nicht|kaputt|' +
		'gestohlen|gehackt|gefährlich*|gefahrlich*|lebensmittelvergiftung|' +
		'konto gesperrt|konto ist gesperrt|konto wurde gesperrt|gesperrtes konto|kontosperrung|' +
		'konto deaktiviert|konto wurde deaktiviert|konto eingefroren|konto wurde eingefroren|' +
		'account gesperrt|account ist gesperrt|account wurde gesperrt|karte gesperrt|' +
		'karte ist gesperrt|karte wurde gesperrt|kartensperrung|lädt nicht|startet nicht|' +
		'schaltet sich nicht ein|lässt sich nicht einschalten|bootet nicht|' +
		'nicht zugestellt|nie zugestellt|nicht bekommen|nie bekommen|immer noch nicht da|' +
		// Safety: fire, explosion, shock, burns, allergy, poisoning, injury, hospital.
		'gebrannt|feuer gefangen|in flammen|explodiert|stromschlag|verbrannt|verbrennung*|allergische reaktion|im krankenhaus|ins krankenhaus|notaufnahme|verletzt|verletzung*|vergiftung|vergiftet|' +
		'hat nicht funktioniert|hat nie funktioniert',
	cues:
		'bekommen:0.5|bestellt:0.5|geräusch:0.5|gerausch:0.5|seltsam*:0.5|kalt an:1|kalt:0.5|derselben rechnung:0.5|gleiche problem:1|' +
		'falsche*:1|falsch geliefert:1|beschädigt*:1|beschadigt*:1|defekt*:1|kaputt*:1|' +
		'abgebucht:1|berechnet:0.5|gebühr*:0.5|gebuhr*:0.5|keine antwort:1|keine rückmeldung:1|' +
		'keine ruckmeldung:1|niemand antwortet:1|niemand meldet:1|antwortet niemand:1|' +
		'meldet sich niemand:1|warteschleife:1|aufgelegt:1|immer noch:1|noch immer:1|' +
		'noch nicht:1|warte seit:1|warten seit:1|warte:0.5|warten:0.5|verspät*:1|verspat*:1|' +
		'verzöger*:1|verzoger*:1|wieder:0.5|schon wieder:1|erneut:0.5|wochen:0.5|tage:0.5|' +
		'tagen:0.5|stunden:0.5|fehlt:1|fehlen:1|fehlend*:1|verloren:0.5|niemand:0.5|warum:0.5|' +
		'unfreundlich*:1|kundenservice:0.5|kundendienst:0.5|hotline:0.5|unmöglich:0.5|' +
		'wo ist meine bestellung:1|wo ist mein paket:1|wo bleibt meine bestellung:1|wo bleibt mein paket:1|wo ist mein geld:1|' +
		'gesperrt:0.5|' +
		'zum dritten mal:1|zum vierten mal:1|zum x-ten mal:1|dritte mal:1|dreimal:0.5|mehrmals:0.5|mehrfach:0.5|zweimal:0.2|doppelt:0.2',
};
