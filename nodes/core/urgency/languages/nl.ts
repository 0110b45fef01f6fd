/** Dutch: word lists written for this package (MIT); the format is described in ../languageData.ts. */
import type { LanguageData } from '../languageData';

// prettier-ignore
export const DUTCH: LanguageData = {
	code: 'nl',
	name: 'Dutch',
	stop:
		'alles bent ben twee keer die ' +
		'had ' +
		'de het een en niet ik je jij wij zij ze dat van op met voor mijn mij ' +
		'maar ook nog heb hebben heeft zijn er geen nooit bedankt pakket bestelling wel ' +
		'naar om te wat hoe waarom vandaag sinds weken dagen jullie deze dit bij kunnen ' +
		'wordt worden dan nu uw graag hallo hoi',
	// English words rated by VADER that mean something else here: never read as English.
	falseFriends: 'die kind hoe arm bad slim',
	words:
		'hoi hallo goedemorgen goedemiddag goedenavond goedenacht doei dag groetjes bedankt ' +
		'geblokkeerd gehackt gehacked bestelling bestellingen leveringen levertijd levertijden pakket pakketje pakketten zending ' +
		'factuur facturen rekening wachtwoord winkel winkels openingstijden openingstijd prijs ' +
		'prijzen betaling adres bezorging bezorgd volgen trackcode nummer klant klanten ' +
		'klantenservice informatie vraag vragen ruilen maat maten korting kortingscode kaart ' +
		'aankoop producten garantie beschikbaar voorraad wanneer hoeveel morgen vandaag gisteren ' +
		'maand komt aankomen ontvangen sturen weten graag nodig kunnen alstublieft alsjeblieft aub',
	negate: 'niet nooit geen niets niks zonder noch nergens niemand',
	negateAfter: 'niet nooit',
	boost:
		'heel erg zeer echt zo totaal enorm ontzettend hartstikke super volledig absoluut ' +
		'helemaal best',
	damp: 'beetje nauwelijks bijna',
	but: 'maar echter toch',
	lexicon:
		'niet:-0.8 nooit:-1.2 geen:-0.8 niets:-0.8 niks:-0.8 niemand:-1 ' +
		'gefeliciteerd:2.8 proficiat:2.5 feest*:1.8 genieten:2.2 geniet:2.2 lekker*:2 mooiste:2.8 beste:2.2 hoop:1 hopelijk:1 verveel*:-1.8 saai*:-1.8 oorlog*:-2.5 doden:-2.5 crisis:-2 gewonnen:2.2 winnen:2 eenzaam*:-2 lelijk*:-2.5 vies:-2 vieze:-2 walgelijk*:-3 hel:-2.5 ' +
		'bedankt:2 dank:1.8 dankjewel:2 dankuwel:2 goed:1.9 goede:1.9 super:2.2 top:1.8 ' +
		'geweldig*:3 fantastisch*:3 perfect*:2.7 prima:2 mooi*:2.2 leuk*:2.2 blij:2.5 blije:2.5 ' +
		'tevreden:2 snel*:1 vriendelijk*:2 aanrader:2 heerlijk*:2.8 fijn*:2 liefde:2.5 gaaf:2 ' +
		'toppie:2 behulpzaam:2 geniaal:2.8 uitstekend*:3 lief:2 lieve:2 haha*:1.5 ' +
		'slecht*:-2.5 verschrikkelijk*:-3 vreselijk*:-3 waardeloos*:-3 waardeloze:-3 ' +
		'belachelijk*:-2.5 teleurgesteld*:-2.5 teleurstell*:-2.5 boos:-2.3 boze:-2.3 kwaad:-2.3 ' +
		'woedend*:-2.8 irritant*:-2 jammer:-1.8 helaas:-1.5 balen:-1.8 klote:-2.5 kut:-2.5 ' +
		'shit:-2.5 kapot*:-2.3 defect*:-2.2 probleem:-1.5 problemen:-1.5 fout*:-1.5 ' +
		'oplichter*:-3 oplichting:-3 fraude:-3 schandalig*:-3 schande:-2.8 onacceptabel:-3 ' +
		'onbeschoft*:-2.5 traag:-1.5 trage:-1.5 bang:-2 dood:-2.5 verdrietig*:-2.2 haat:-3 ' +
		'haten:-3 stom*:-2 dom:-1.8 domme:-1.8 ontevreden*:-2.5 onvriendelijk*:-2.3 ramp*:-2.8 ' +
		'klacht*:-1.5 zielig:-1.8 triest*:-2.2 pech:-1.5 rot:-2 rotte:-2 zuur:-1.5 ergerlijk*:-2.3 ' +
		'ergeren:-2 erger:-2 ergste:-2.8 slechtste:-3 schandaal:-3 nutteloos*:-2.5 dief:-2.5 dieven:-2.5 dievenbende:-2.5',
	urgent:
		'terugbetal*|terugstort*|geld terug|mijn geld|restitutie|annuleer*|annuler*|' +
		'opzeg*|zeg* op|dringend*|urgent*|onmiddellijk*|direct|meteen|advocaat*|rechtszaak|' +
		'aanklagen|rechter|consumentenbond|geschillencommissie|acm|consuwijzer|oplicht*|' +
		'fraude*|frauduleu*|dubbel afgeschreven|twee keer afgeschreven|2x afgeschreven|' +
		'dubbel betaald|twee keer betaald|dubbel gefactureerd|nooit aangekomen|niet aangekomen|' +
		'nog niet aangekomen|nooit ontvangen|niet ontvangen|nooit geleverd|niet geleverd|' +
		'werkt niet|doet het niet|werkt niet meer|doet het niet meer|gestolen|gehackt|' +
		'gevaarlijk*|voedselvergiftiging|' +
		'account geblokkeerd|account is geblokkeerd|account werd geblokkeerd|' +
		'account opgeschort|account is opgeschort|account gedeactiveerd|' +
		'account bevroren|rekening geblokkeerd|rekening is geblokkeerd|pas geblokkeerd|' +
		'pas is geblokkeerd|kaart geblokkeerd|kaart is geblokkeerd|mijn account geblokkeerd|' +
		'laadt niet|gaat niet aan|start niet|' +
		'niet bezorgd|nooit bezorgd|niet gekregen|nooit gekregen|nog steeds niet binnen|' +
		// Safety: fire, explosion, shock, burns, allergy, poisoning, injury, hospital.
		'in brand|vlam gevat|ontploft|ontplofte|elektrische schok|brandwond*|allergische reactie|in het ziekenhuis|naar het ziekenhuis|spoedeisende hulp|gewond|vergiftigd|voedselvergiftig*|' +
		'werkte niet|heeft nooit gewerkt',
	cues:
		'gekregen:0.5|besteld:0.5|raar geluid:1|geluid:0.5|raar:0.5|koud aan:1|koud:0.5|dezelfde factuur:0.5|' +
		'verkeerde*:1|verkeerd:1|beschadigd*:1|kapot*:1|defect*:1|afgeschreven:1|' +
		'kosten:0.5|geen antwoord:1|geen reactie:1|niemand reageert:1|niemand neemt op:1|' +
		'reageren niet:1|in de wacht:1|opgehangen:1|nog steeds:1|nog altijd:1|nog niet:1|' +
		'wacht al:1|wachten al:1|wacht:0.5|wachten:0.5|vertraag*:1|te laat:1|weer:0.5|' +
		'alweer:1|opnieuw:0.5|weken:0.5|dagen:0.5|uren:0.5|ontbreekt:1|ontbreken:1|kwijt:1|' +
		'niemand:0.5|waarom:0.5|onmogelijk:0.5|klantenservice:0.5|onbeschoft*:1|onvriendelijk*:1|' +
		'waar is mijn bestelling:1|waar is mijn pakket:1|waar blijft mijn bestelling:1|waar blijft mijn pakket:1|waar is mijn geld:1|' +
		'geblokkeerd:0.5|' +
		'derde keer:1|vierde keer:1|zoveelste keer:1|drie keer:0.5|meerdere keren:0.5|vaker:0.5|twee keer:0.2|dubbel:0.2|aan de telefoon:0.2|onbeleefd*:1',
};
