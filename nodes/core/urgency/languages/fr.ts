/** French: word lists written for this package (MIT); the format is described in ../languageData.ts. */
import type { LanguageData } from '../languageData';

// prettier-ignore
export const FRENCH: LanguageData = {
	code: 'fr',
	name: 'French',
	stop:
		'vais va vont peux veux deux fois trop plus tard ' +
		'quel quelle quels quelles comment combien ' +
		'par sont en à où ou au aux ses leurs cet avoir ont nos vers chez comme tout tous cela ça ca quand était etait sera ' +
		'le la les un une des du de et est je j tu il elle nous vous ils elles ne n pas que qui ' +
		'pour dans sur avec mon ma mes ce cette ces c suis ai au aux très tres mais toujours ' +
		"jamais merci bonjour commande colis c'est n'est j'ai n'ai qu'il d'un d'une l'on s'il " +
		"qu qu'on rien été ete fait être etre votre vos notre leur depuis",
	// English words rated by VADER that mean something else here: never read as English.
	falseFriends: 'dire tard pain fine',
	words:
		'livrez livrer salut bonjour bonsoir coucou bonne journée soirée merci mrc mci slt cdt cordialement ' +
		'commande commandes livraison livraisons colis facture factures compte mot passe magasin ' +
		'magasins horaire horaires prix paiement adresse suivi numéro numero renseignement ' +
		'renseignements échange echange taille tailles délai delai délais delais remise carte achat ' +
		'achats produit produits garantie disponible quand combien demain aujourd hui semaine mois ' +
		'arrivera recevoir envoyer savoir voudrais besoin pouvez svp stp',
	negate: 'ne n pas jamais rien aucun aucune sans ni',
	boost:
		'très tres trop vraiment tellement complètement completement totalement hyper ' +
		'extrêmement extremement si vachement grave',
	damp: 'peu presque',
	but: 'mais pourtant cependant toutefois',
	lexicon:
		'pas:-0.8 jamais:-1.2 rien:-0.8 aucun:-0.8 aucune:-0.8 ' +
		'menac*:-2 danger*:-2.3 disparition*:-1.5 disparaître:-1.5 disparaitre:-1.5 disparu*:-1.5 victime*:-2.3 risque*:-1.3 polémique*:-1.2 polemique*:-1.2 inquiét*:-1.8 crise*:-2 pollution*:-1.5 pollu*:-1.5 enfer:-2.5 manque:-1 guerre*:-2.5 attaque*:-2.2 tue:-2.5 tuer:-2.5 meurtr*:-3 destruct*:-2.3 détrui*:-2.3 detrui*:-2.3 massacr*:-3 abattage:-2 abattre:-2 révolte*:-1.5 revolte*:-1.5 assassin*:-3 rejet*:-1.2 rejette*:-1.2 hélas:-1.5 helas:-1.5 indifférence:-1.2 indifference:-1.2 péril:-2 peril:-2 succès:2.2 succes:2.2 réussi*:2.2 reussi*:2.2 victoire*:2.5 gagn*:2 progrès:1.8 progres:1.8 innov*:1.5 croissance:1.2 soutien*:1.2 soutenir:1.2 honneur:2 espoir*:1.8 solution*:1 bénéfique*:2 benefique*:2 record*:1 prometteu*:1.8 beau:2.2 belle:2.2 beaux:2.2 belles:2.2 favorable*:1.5 carton:1 initiative*:1 vive:2 champion*:2 fier:2 fière:2 fiere:2 merveille:3 réchauffement:-1 rechauffement:-1 triste:-2.2 pire:-2.8 ' +
		// Everyday judgement words, their inflections and the spellings of quick typing.
		'affligeant*:-2.5 incompétence:-2.5 incompetence:-2.5 amateurisme:-2 délire*:-1.5 delire*:-1.5 ' +
		'défigur*:-2 defigur*:-2 nuisance*:-2 tueu*:-2.5 gâchis:-2.3 gachis:-2.3 gâch*:-2 gach*:-2 ' +
		'pénalis*:-1.5 penalis*:-1.5 incertitude*:-1.2 abandonn*:-1.5 recul*:-1.2 interdi*:-1 ' +
		'pessimis*:-1.8 illégal*:-2.2 illegal*:-2.2 radioacti*:-1.5 malad*:-1.8 négati*:-1.5 ' +
		'negati*:-1.5 borné*:-1.8 borne:-0.5 inélégan*:-1.5 inelegan*:-1.5 empêch*:-1 empech*:-1 ' +
		'destruction*:-2.5 détruit*:-2.5 detruit*:-2.5 catastrophe*:-3 désastre*:-3 desastre*:-3 ' +
		'chômage:-2 chomage:-2 honteuse*:-2.5 ridicule*:-2 naze*:-2 bof:-1 pff*:-1.5 zut:-1.5 ' +
		'con:-2.3 conne*:-2.5 cons:-2.3 connerie*:-2.5 débile*:-2.5 debile*:-2.5 idiot*:-2.5 ' +
		'stupide*:-2.5 crétin*:-2.5 cretin*:-2.5 imbécile*:-2.8 imbecile*:-2.8 abruti*:-2.5 ' +
		'horreur*:-2.8 dégueu*:-2.8 degueu*:-2.8 fatigu*:-1.5 épuis*:-1.8 epuis*:-1.8 ' +
		'ennui*:-1.8 ennuy*:-1.8 chiante*:-2.5 relou*:-2 saoul*:-1.5 soûl*:-1.5 fou:-1 folle:-1 ' +
		'folie:-1.5 absurde*:-2.3 injust*:-2.5 injustice*:-2.5 inégalit*:-2 inegalit*:-2 ' +
		'corruption:-2.5 corrompu*:-2.5 mensong*:-2.3 menteuse*:-2.3 trahi*:-2.5 trahison:-2.8 ' +
		'hypocri*:-2.5 arrogan*:-2.3 mépris*:-2.3 mepris*:-2.3 méprisant*:-2.5 insult*:-2.5 ' +
		'dégoûtant*:-3 degoutant*:-3 écœur*:-2.8 ecoeur*:-2.8 répugn*:-2.8 repugn*:-2.8 ' +
		'inquiétant*:-2 inquietant*:-2 effray*:-2.3 terrifi*:-2.5 angoiss*:-2.3 stress*:-1.8 ' +
		'souffr*:-2.3 douleur*:-2.2 blessé*:-2 blesse*:-1.5 pleure*:-2 larme*:-1.8 chagrin*:-2.3 ' +
		'déprim*:-2.5 deprim*:-2.5 malheur*:-2.5 misère*:-2.3 misere*:-2.3 pauvre*:-1.5 ' +
		'échec*:-2.3 echec*:-2.3 échou*:-2.3 echou*:-2.3 raté*:-2 rate:-0.5 foir*:-2 ' +
		'faillite*:-2.3 perte*:-1.5 perdu*:-1.5 perdre:-1.5 sale*:-1.8 salop*:-3 ' +
		'dingue*:-1 navrant*:-2.3 consternant*:-2.5 désolant*:-2.3 desolant*:-2.3 regrett*:-1.8 ' +
		'pitoyable*:-2.5 minable*:-2.5 honte:-2.5 déplorable:-2.8 inadmissible:-3 aberrant*:-2.3 ' +
		'nocif*:-2 toxique*:-2 dangereu*:-2.3 néfaste*:-2.3 nefaste*:-2.3 fléau*:-2.5 ' +
		'fleau*:-2.5 saccag*:-2.5 ravag*:-2.5 mdrr*:1.5 lol:1.5 génialissime:3 top:1.5 ' +
		'bravo:2.5 chapeau:1.8 félicitations:2.8 felicitations:2.8 hâte:1.5 hate:0.5 ' +
		'enfin:0.8 magique*:2.5 sublime*:3 splendide*:3 superbe*:3 fantastique*:3 ' +
		'extraordinaire*:2.8 passionn*:2.2 intéressant*:1.5 interessant*:1.5 utile*:1.5 ' +
		'heureusement:1.5 bonheur:2.8 rigol*:1.5 drôle*:1.8 drole*:1.8 marrant*:1.8 ' +
		'mignon*:2.2 adorable*:2.8 sympathique*:2 génial:2.8 géniale:2.8 réussite*:2.5 ' +
		'reussite*:2.5 bienvenue:2 merci:2 remerci*:2 espér*:1.2 esper*:1.2 confiance:1.5 ' +
		'courage*:1.8 courageu*:2 fierté:2.2 fierte:2.2 respect*:1.5 ' +
		'merci:2 excellent*:3 génial*:2.8 genial*:2.8 parfait*:2.7 super:2 bien:1.2 bon:1.5 ' +
		'bonne:1.5 bons:1.5 bonnes:1.5 meilleur*:2 magnifique*:3 formidable*:3 heureu*:2.6 ' +
		'content:2 contente:2 contents:2 ravi:2.5 ravie:2.5 ravis:2.5 aime:2 aimé:2 aimer:2 ' +
		'adore*:2.8 adoré:2.8 cool:1.5 top:1.5 chouette:2 sympa:2 rapide*:1 efficace*:1.8 ' +
		'recommand*:1.8 satisfait*:2 félicit*:2.5 felicit*:2.5 bravo:2.5 mdr:1.5 ptdr:1.5 ' +
		'haha*:1.5 joie:2.5 plaisir:2.2 amour:3 incroyable*:2 merveill*:3 agréable*:2 ' +
		'agreable*:2 gentil*:2 aimable*:2 parfaitement:2 mauvais*:-2.5 mauvaise*:-2.5 nul:-2.5 ' +
		'nulle:-2.5 nuls:-2.5 pire:-2.8 horribl*:-3 terribl*:-2.5 affreu*:-3 déplorabl*:-2.8 ' +
		'deplorabl*:-2.8 lamentabl*:-2.8 honte*:-2.5 honteu*:-2.5 déçu*:-2.5 decu*:-2.5 ' +
		'décev*:-2.5 decev*:-2.5 décept*:-2.5 decept*:-2.5 déteste*:-3 deteste*:-3 hais:-3 ' +
		'haine:-3 triste*:-2.2 colère:-2.5 colere:-2.5 énerv*:-2.3 enerv*:-2.3 agac*:-2 marre:-2.5 ' +
		'inadmissibl*:-3 inacceptabl*:-3 scandal*:-3 arnaque*:-3 arnaqu*:-3 menteur*:-2.2 ' +
		'mensonge*:-2.2 merde*:-3 putain:-2 connard*:-3 ridicul*:-2 problème*:-1.5 probleme*:-1.5 ' +
		'erreur*:-1.5 panne*:-2 cassé*:-2 casse:-1.5 lent:-1.5 lente:-1.5 peur:-2 mort*:-2.5 ' +
		'pleur*:-2 mal:-1.8 malheureusement:-1.5 inutile*:-2.5 pathétique*:-2.5 pathetique*:-2.5 ' +
		'galère*:-2 galere*:-2 chiant*:-2.5 dégoût*:-2.8 degout*:-2.8 insatisf*:-2.5 ' +
		'incompétent*:-2.5 incompetent*:-2.5 honteux:-2.5 catastroph*:-3 inquiet*:-1.5 ' +
		'fâché*:-2.3 fache*:-2.3 furieu*:-2.8 lamentable:-2.8 médiocre*:-2 mediocre*:-2 ' +
		'dommage:-1.5 grave:-1 pourri*:-2.5 foutage:-2.5 voleur*:-2.5 voleuse*:-2.5',
	urgent:
		'rembours*|remboursé*|rembourse*|rembourcement|remboursment|annul*|résili*|resili*|' +
		'urgent*|urgence|immédiat*|immediat*|au plus vite|avocat*|porter plainte|plainte|' +
		'tribunal|poursuivre en justice|justice|ufc que choisir|ufc-que choisir|ufc|dgccrf|' +
		'60 millions de consommateurs|médiateur|mediateur|signal conso|arnaque*|arnaqu*|fraude*|' +
		'frauduleu*|escroc*|escroquerie|débité deux fois|debite deux fois|débité 2 fois|' +
		'prélevé deux fois|preleve deux fois|prélevé 2 fois|double prélèvement|' +
		'double prelevement|jamais arrivé*|jamais arrive*|jamais reçu*|jamais recu*|' +
		"n'est jamais arrivé*|n'est jamais arrive*|n'est pas arrivé*|n'est pas arrive*|" +
		'pas reçu*|pas recu*|ne fonctionne pas|ne marche pas|marche pas|fonctionne pas|' +
		'ne fonctionne plus|ne marche plus|volé|volée|piraté*|dangereu*|intoxication|' +
		'compte bloqué*|compte est bloqué*|compte a été bloqué*|compte suspendu*|' +
		'compte est suspendu*|compte a été suspendu*|compte désactivé*|compte a été désactivé*|' +
		'compte gelé*|compte est gelé*|bloqué mon compte|suspendu mon compte|carte bloquée|' +
		'carte est bloquée|carte a été bloquée|bloqué ma carte|s\'allume pas|s\'allume plus|' +
		'ne charge pas|ne charge plus|se charge pas|se charge plus|démarre pas|démarre plus|' +
		'pas été livré|pas ete livre|jamais été livré|jamais ete livre|jamais livré|jamais livre|pas livré|pas livre|toujours pas arrivé|toujours pas arrive|' +
		// Safety: fire, explosion, shock, burns, allergy, poisoning, injury, hospital.
		'pris feu|intoxiqué*|intoxique*|décharge électrique|decharge electrique|électrocuté*|electrocute*|brûlure*|brulure*|réaction allergique|reaction allergique|à l\'hôpital|a l\'hopital|aux urgences|hospitalisé*|hospitalise*|blessé*|blesse*|' +
		"n'a pas fonctionné|n'a pas fonctionne|n'a jamais fonctionné|marche plus",
	cues:
		"j'ai reçu un:0.5|j'ai recu un:0.5|ai commandé:0.5|avons commandé:0.5|commandé il y a:0.5|commandé depuis:0.5|bruit:0.5|bizarre:0.5|arrivé froid:1|arrive froid:1|froid:0.5|froide:0.5|manquait:1|même facture:0.5|meme facture:0.5|" +
		'mauvais article:1|mauvaise taille:1|erreur de commande:1|mauvaise commande:1|' +
		'endommagé*:1|endommage*:1|abîmé*:1|abime*:1|cassé*:1|défectueu*:1|defectueu*:1|' +
		'débité*:1|debite*:1|prélevé*:0.5|preleve*:0.5|facturé*:0.5|facture*:0.5|frais:0.5|' +
		'sans réponse:1|sans reponse:1|aucune réponse:1|aucune reponse:1|personne ne répond:1|' +
		'personne ne repond:1|ne répondez pas:1|ne repondez pas:1|raccroch*:1|en attente:0.5|' +
		"toujours pas:1|toujours rien:1|j'attends:1|attends:0.5|attente:0.5|retard*:1|" +
		'encore:0.5|à nouveau:0.5|a nouveau:0.5|semaines:0.5|jours:0.5|heures:0.5|toujours:0.5|' +
		'manquant*:1|manque:0.5|perdu*:0.5|personne:0.5|pourquoi:0.5|impossible:0.5|' +
		'service client:0.5|service clients:0.5|sav:0.5|impoli*:1|désagréable*:1|desagreable*:1|' +
		'où est ma commande:1|où est mon colis:1|où est mon argent:1|où en est ma commande:1|' +
		'bloqué:0.5|bloquée:0.5|bloqués:0.5|bloquées:0.5|' +
		'troisième fois:1|troisieme fois:1|quatrième fois:1|quatrieme fois:1|énième fois:1|enieme fois:1|trois fois:0.5|plusieurs fois:0.5|deux fois:0.2|double prélèvement:1|double prelevement:1|au téléphone:0.2|au telephone:0.2|' +
		'manque un:1|manque une:1|attente au téléphone:1|attente au telephone:1',
};
