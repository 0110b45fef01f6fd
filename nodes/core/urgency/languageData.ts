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

export interface LanguageData {
	/** ISO 639-1 code. */
	code: string;
	name: string;
	/** Function words that identify the language (also read by the English pass). */
	stop: string;
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

export const SPANISH: LanguageData = {
	code: 'es',
	name: 'Spanish',
	stop:
		'el la los las un una unos unas que de del y en es por para con se lo al mi mis su sus no ' +
		'está esta estoy están estan pero como porque cuando también tambien hay ya yo tengo ' +
		'qué sí hola gracias quiero llevo muy nada todo todos este esto eso esa ese le les nos ' +
		'fue ser tiene hace han pedido semanas ayer hoy nunca todavía todavia aún gusta',
	negate: 'no nunca jamás jamas nada ni tampoco sin nadie ningún ningun ninguna ninguno',
	boost:
		'muy mucho mucha muchos muchas demasiado demasiada super súper tan tanto totalmente ' +
		'completamente realmente bastante sumamente re muchísimo muchisimo',
	damp: 'poco poca algo apenas casi',
	but: 'pero aunque sino',
	lexicon:
		'no:-0.8 nunca:-1.2 nada:-0.8 nadie:-1 jamás:-1.2 jamas:-1.2 ni:-0.5 tampoco:-0.5 ' +
		'pobre:-1.5 pobres:-1.5 feo:-2 fea:-2 feos:-2 feas:-2 raro:-1 rara:-1 difícil:-1.2 dificil:-1.2 felicidades:2.8 corazón:2 corazon:2 rico:1.5 rica:1.5 mola:2 abrazo*:2 beso*:2 deseando:1.5 especial:1.5 dicha:2 precios*:2.5 amig*:1 sonrisa*:2 disfrut*:2.2 ánimo:1.5 animo:1.5 crisis:-2 guerra:-2.5 muertos:-2.5 triunf*:2.2 victoria:2.5 ganador*:2 éxitos:2.2 sueño*:1.5 aburrid*:-1.8 asco*:-3 desgracia*:-2.5 pena:-1.5 mejorar:1 gusto:1.5 ' +
		'gracias:2 agradec*:2 agradezco:2 excelente:3 excelentes:3 genial:3 geniales:3 bueno:1.9 ' +
		'buena:1.9 buenos:1.5 buenas:1.5 buen:1.9 buenísimo:2.8 buenisimo:2.8 mejor:1.5 mejores:1.5 ' +
		'perfect*:2.7 encant*:2.8 gusta:1.8 gustó:1.8 gusto:1.5 gustan:1.8 feliz:2.6 felices:2.6 ' +
		'felicidad*:2.6 felicit*:2.5 alegr*:2.3 maravill*:3 increíble:2.3 increible:2.3 ' +
		'fantástic*:3 fantastic*:3 amor:3 amo:2.8 amé:2.8 bonit*:2.2 lind*:2.2 hermos*:2.8 ' +
		'guap*:2 divertid*:2 fácil:1.2 facil:1.2 útil:1.5 util:1.5 amable*:2.2 recomiend*:1.8 ' +
		'recomendad*:1.8 satisfech*:2 contento:2 contenta:2 contentos:2 contentas:2 orgullos*:2 ' +
		'suerte:1.5 éxito:2.2 exito:2.2 bien:1.2 jaja*:1.5 jeje*:1.2 jajaj*:1.5 guay:2 chido:2 ' +
		'bravo:2.5 enhorabuena:2.5 ganas:1 gané:2 ganamos:2 ojalá:1 ojala:1 rápido:1 rapido:1 ' +
		'mal:-2 malo:-2.5 mala:-2.5 malos:-2.5 malas:-2.5 peor:-2.8 peores:-2.8 pésim*:-3 pesim*:-3 ' +
		'horribl*:-3 terribl*:-3 fatal:-2.8 asco:-3 asquer*:-3 odio:-3 odiar:-3 odia:-2.8 odian:-2.8 ' +
		'triste*:-2.2 tristeza:-2.2 enfad*:-2.3 enoj*:-2.3 molest*:-2 harto:-2.5 harta:-2.5 ' +
		'hartos:-2.5 cansad*:-1.5 decepcion*:-2.5 frustr*:-2.3 indignad*:-2.5 indignante:-2.8 ' +
		'vergüenza:-2.5 verguenza:-2.5 lamentabl*:-2.5 problema:-1.5 problemas:-1.5 error:-1.5 ' +
		'errores:-1.5 falla:-1.8 fallo:-1.8 fallos:-1.8 fallan:-1.8 roto:-2 rota:-2 rotos:-2 rotas:-2 ' +
		'estafa*:-3 estafad*:-3 robo:-2.5 robar*:-2.5 robaron:-2.5 mentir*:-2.2 mentira*:-2.2 ' +
		'mentiros*:-2.5 basura:-2.7 mierda:-3 joder:-2 puta:-2 putas:-2 cabrón:-2.5 cabron:-2.5 ' +
		'idiota*:-2.5 estúpid*:-2.5 estupid*:-2.5 inútil*:-2.5 inutil*:-2.5 ridícul*:-2 ridicul*:-2 ' +
		'lento:-1.5 lenta:-1.5 miedo:-2 muerte:-2.5 muerto:-2.5 muerta:-2.5 llorar:-2 lloro:-2 ' +
		'llorando:-2 dolor:-2 duele:-2 sufr*:-2.3 culpa:-1.5 peligro*:-2.3 pena:-1.5 lástima:-1.5 ' +
		'lastima:-1.5 desastre*:-3 queja*:-2 quejar*:-2 reclamo*:-1.5 vergonzos*:-2.5 ' +
		'insoportabl*:-2.8 nefast*:-3 deficiente:-2.3 mediocre:-2 abandon*:-1.5 grosero*:-2.5 ' +
		'maleducad*:-2.5 incompetent*:-2.5 injust*:-2.3 abuso*:-2.5 abusiv*:-2.5 preocupad*:-1.5 ' +
		'jodid*:-2.5 puto:-2',
	urgent:
		'reembols*|rembols*|reenbols*|devuelv* mi dinero|devuelv* el dinero|devolver mi dinero|' +
		'devolver el dinero|devolución del dinero|devolucion del dinero|mi dinero de vuelta|' +
		'cancel*|urgente*|urgencia|inmediat*|cuanto antes|ya mismo|abogad*|demandar*|demandaré|' +
		'demandare|denunci*|profeco|facua|omic|sernac|indecopi|hoja de reclamaciones|' +
		'libro de reclamaciones|defensa del consumidor|oficina del consumidor|' +
		'estafa*|estafad*|fraude*|fraudulent*|cobraron dos veces|cobrado dos veces|cobro doble|' +
		'doble cobro|cargo doble|doble cargo|cobraron doble|nunca llegó|nunca llego|no ha llegado|' +
		'no me ha llegado|no llegó|no llego|no me llegó|no me llego|sigue sin llegar|no llega|' +
		'no funciona*|no sirve|dejó de funcionar|dejo de funcionar|me robaron|robad*|hackead*|' +
		'hackearon|peligros*|intoxicaci*|no recibí|no recibi|nunca recibí|nunca recibi',
	cues:
		'en espera:1|llegó fría:1|llego fria:1|llegó frío:1|llego frio:1|fría:0.5|frío:0.5|frio:0.5|fria:0.5|ruido:0.5|pedí:0.5|pedi:0.5|me llegó:0.5|me llego:0.5|misma factura:0.5|lo mismo:0.5|' +
		'equivocad*:1|incorrect*:1|me cobraron:1|cobro indebido:1|cobr* de más:1|cobr* de mas:1|' +
		'dañad*:1|danad*:1|defectuos*:1|sin respuesta:1|nadie responde:1|nadie contesta:1|' +
		'no responden:1|no contestan:1|no me contestan:1|no me responden:1|me colgaron:1|' +
		'sigo esperando:1|seguimos esperando:1|aún no:1|aun no:1|todavía no:1|todavia no:1|' +
		'mala atención:1|mala atencion:1|pésima atención:1|pesima atencion:1|retras*:1|tarde:0.5|' +
		'esperando:0.5|otra vez:0.5|de nuevo:0.5|semanas:0.5|días:0.5|dias:0.5|horas:0.5|' +
		'todavía:0.5|todavia:0.5|falta*:0.5|perdid*:1|nadie:0.5|por qué:0.5|porque no:0.5|' +
		'sigue sin:1|siguen sin:1|no puedo:0.5|atención al cliente:0.5|atencion al cliente:0.5',
};

export const PORTUGUESE: LanguageData = {
	code: 'pt',
	name: 'Portuguese',
	stop:
		'veio pedi ' +
		'a vai vou só agora gente tudo pro né dele dela quem onde fazer bem mesmo outra nossa vocês voces ' +
		'o os uma que da dos das na nos nas não nao é com por para pra meu minha no ' +
		'meus minhas você voce vc eu isso esse essa muito mas tá ta está estou já ja ainda ' +
		'obrigado obrigada pedido quero também tambem foi ser tem ter aqui hoje ontem nunca ' +
		'chegou olá ola mais até quando porque pq tô sou ele ela seu sua nem ' +
		'um uns umas ao aos às oq td tb tbm cadê cade vcs aquela aquele aquilo então entao ' +
		'depois pelo pela pelos pelas coisa acho sei tava assim agr aí sim mesma cara mano eles elas ' +
		'temos nosso fica fico ficou vamos vem vão vao dá tão qto qdo qnd kkkk kkkkk num ñ ' +
		'sempre desses dessa desse deste desta nesse nessa ' +
		'neste nesta nós msm devia deve pode eita oxe poxa',
	negate: 'não nao n nunca jamais nada nem sem ninguém ninguem nenhum nenhuma',
	boost:
		'muito muita muitos muitas demais super tão tao totalmente completamente realmente ' +
		'mto mt mó bastante extremamente',
	damp: 'pouco pouca meio quase',
	but: 'mas porém porem contudo entretanto',
	lexicon:
		'perd*:-1.5 chatice:-2 prantos:-2.2 caramba:-1 mancada:-2 bizarr*:-1 credo:-1 retrógrad*:-2 retrograd*:-2 atrapalh*:-1.5 baranga:-2 ' +
		'não:-0.8 nao:-0.8 nunca:-1.2 nada:-0.8 ninguém:-1 ninguem:-1 jamais:-1.2 nem:-0.5 ' +
		'fof*:2.2 emocionante:2.2 sensacional:3 bela:2.2 belo:2.2 amando:2.5 sonho:1.5 racismo:-2.5 racista*:-2.5 machista*:-2.2 difícil:-1.2 dificil:-1.2 perdi:-1.5 perder:-1.5 nervos*:-1.8 beij*:2 abraç*:2 abrac*:2 saudade*:-0.3 chateado:-2 bosta:-2.5 tédio:-1.8 tedio:-1.8 crise:-2 guerra:-2.5 mortos:-2.5 vitória:2.5 vitoria:2.5 ganhar:2 ganhei:2 feliz:2.6 divertid*:2 engraçad*:1.8 engracad*:1.8 prazer:2 especial:1.5 orgulho*:2 ' +
		// Everyday judgement words, their inflections and the spellings of quick typing.
		'porcaria*:-2.5 coitad*:-1.5 graça:1.5 graca:1.5 enjo*:-1.5 mala:-1 esdrúxul*:-1.5 esdruxul*:-1.5 eca:-2 ' +
		'tenso:-1.2 tensa:-1.2 humilh*:-2.5 injust*:-2.5 injustiça:-2.5 eliminad*:-1 desclassificad*:-1.5 chor*:-2 ' +
		'putz:-1.5 socorro:-1.5 preguiça:-1.5 preguica:-1.5 cansei:-1.8 chatos:-1.8 chatas:-1.8 chatiss*:-2.2 ' +
		'fraco:-1.5 fraca:-1.5 fracos:-1.5 fracas:-1.5 feio:-2 feia:-2 feios:-2 feias:-2 feiura:-2 ' +
		'decepç*:-2.5 decepc*:-2.5 horror:-2.5 horroros*:-2.8 medonh*:-2.5 assustador*:-2 susto:-1.2 ' +
		'desesper*:-2.3 angústia:-2.3 angustia:-2.3 dói:-2 doi:-1 doeu:-2 doendo:-2 falso:-1.8 falsa:-1.8 ' +
		'hipócrita*:-2.5 hipocrita*:-2.5 covarde*:-2.5 escrot*:-2.5 babaca*:-2.5 otári*:-2.5 otari*:-2.5 ' +
		'trouxa*:-1.8 vagabund*:-2.5 safad*:-2 desgraç*:-2.8 desgrac*:-2.8 maldit*:-2.5 inferno:-2.5 ' +
		'lament*:-2 infeliz:-2.2 infelizes:-2.2 bravo:-1.5 brava:-1.5 irrita*:-2.3 chateaç*:-2 ' +
		'chateac*:-2 estrag*:-2 fracass*:-2.5 fiasco:-2.5 vexame:-2.5 micos:-1.5 mico:-1.5 ' +
		'nervoso:-1.8 nervosa:-1.8 pesadelo:-2.5 tortura:-2.5 sofrimento:-2.3 doente:-1.8 doença:-1.8 ' +
		'doenca:-1.8 morrer:-2.5 morreu:-2.5 matar:-2.5 violência:-2.5 violencia:-2.5 corrupç*:-2.5 ' +
		'corrupc*:-2.5 corrupt*:-2.5 ladrã*:-2.7 ladra*:-2.5 ladrões:-2.7 ladroes:-2.7 mentiroso*:-2.5 ' +
		'mentirosa*:-2.5 enganad*:-2 engan*:-1.8 ruim:-2.5 pioro*:-2.5 piorou:-2.5 pessimo:-3 ' +
		'insuportáve*:-2.8 insuportave*:-2.8 intragáve*:-2.8 intragave*:-2.8 chatão:-2 sem-graça:-1.5 ' +
		'decadente*:-2 decadência:-2 decadencia:-2 patético*:-2.5 patetico*:-2.5 patética*:-2.5 ' +
		'patetica*:-2.5 fútil:-1.5 futil:-1.5 brega:-1.5 cafona:-1.5 forçad*:-1.5 forcad*:-1.5 ' +
		'aborrecid*:-2 odiei:-3 detest*:-3 reclam*:-1.2 grossa:-1.5 grosso:-1.5 grosseir*:-2.3 ' +
		'ofens*:-2 xing*:-2 mimimi:-1.2 lixos:-2.7 bizarro:-1 mané:-1.5 idiotic*:-2.5 ' +
		'gostoso*:2 gostosa*:2 delícia:2.5 delicia:2.5 delicios*:2.5 arrasou:2.5 arrasando:2.5 ' +
		'diva:2 rainha:1.5 querid*:2 torcendo:1.5 genial:2.5 curti:1.8 curtindo:1.5 curtir:1.5 ' +
		'bacana:2 daora:2 perfeiç*:2.7 perfeic*:2.7 talento*:2 talentos*:2.2 beleza:2 bonit*:2.2 ' +
		'elegante*:2 simpátic*:2 simpatic*:2 emocionad*:2 emocionei:2 rindo:1.5 risada*:1.5 ' +
		'fofura:2.2 carism*:2 apaixonad*:2.5 maravilha:3 incríveis:2.5 incriveis:2.5 excelência:3 ' +
		'gentil:2 gentileza:2 educad*:1.5 querida:2 linda:2.5 sensacionais:3 espetac*:2.8 ' +
		'espetác*:2.8 divertido:2 alegria:2.5 sorte:1.5 feliz:2.6 esperança:1.5 esperanca:1.5 ' +
		'ha:0 há:0 ' +
		'obrigad*:2 brigado:1.8 brigada:1.8 brigadão:1.8 valeu:2 excelente*:3 ótim*:3 otim*:3 maravilh*:3 perfeit*:2.7 ' +
		'bom:1.9 boa:1.9 bons:1.9 boas:1.9 melhor:1.5 melhores:1.5 legal:1.8 adoro:2.8 adorei:2.8 ' +
		'ador*:2.5 amo:2.8 amei:2.8 amor:3 feliz:2.6 felizes:2.6 felicidade:2.6 alegr*:2.3 ' +
		'lind*:2.5 incrível:2.5 incrivel:2.5 fantástic*:3 fantastic*:3 gostei:1.8 gosto:1.5 ' +
		'gosta:1.5 recomend*:1.8 rápid*:1 rapid*:1 satisfeit*:2 parabéns:2.5 parabens:2.5 ' +
		'sucesso:2.2 kkk*:0.6 haha*:1.2 rsrs*:0.8 top:1.5 show:1.5 massa:1.5 demais:0.5 ' +
		'ruim:-2.5 ruins:-2.5 péssim*:-3 pessim*:-3 horrível:-3 horrivel:-3 horríveis:-3 ' +
		'terrível:-3 terrivel:-3 pior:-2.8 piores:-2.8 odeio:-3 ódio:-3 odio:-3 odiar:-3 ' +
		'triste*:-2.2 tristeza:-2.2 raiva:-2.5 irritad*:-2.3 irritante:-2.3 chatead*:-2 ' +
		'chato:-1.8 chata:-1.8 decepcion*:-2.5 frustr*:-2.3 vergonha:-2.5 absurd*:-2.3 ' +
		'ridícul*:-2 ridicul*:-2 lixo:-2.7 merda:-3 porra:-2 caralho:-2 problema:-1.5 ' +
		'problemas:-1.5 erro:-1.5 erros:-1.5 errad*:-1.8 quebrad*:-2 golpe*:-2.5 roub*:-2.5 ' +
		'mentir*:-2.2 mentira*:-2.2 descaso:-2.5 palhaçada:-2.5 palhacada:-2.5 sacanagem:-2.5 ' +
		'lamentável:-2.5 lamentavel:-2.5 medo:-2 morte:-2.5 morto:-2.5 chorar:-2 chorando:-2 ' +
		'dor:-2 sofr*:-2.3 demora:-1.8 demorando:-1.8 lento:-1.5 lenta:-1.5 cansad*:-1.5 ' +
		'inútil:-2.5 inutil:-2.5 idiota*:-2.5 burr*:-2 pena:-1.5 infelizmente:-1.5 desastre:-3 ' +
		'pqp:-2.5 aff:-1.5 affs:-1.5 mal:-1.8 mau:-2 má:-2 triste:-2.2 nojo:-2.8 nojent*:-3 ' +
		'revoltad*:-2.5 revoltante:-2.8 absurdo:-2.3 desrespeito:-2.5 vergonhos*:-2.5 ' +
		'insatisfeit*:-2.5 incompetent*:-2.5 preocupad*:-1.5 saco:-1.5 droga:-2',
	urgent:
		'reembols*|rembols*|reembolço|estorn*|devolv* meu dinheiro|devolv* o dinheiro|' +
		'devolução do dinheiro|devolucao do dinheiro|meu dinheiro de volta|cancel*|urgente*|' +
		'urgência|urgencia|imediat*|advogad*|processar|processo judicial|vou processar|' +
		'procon|reclame aqui|reclameaqui|consumidor.gov|juizado|fraude*|golpe|golpistas|' +
		'cobrança em dobro|cobranca em dobro|cobrado duas vezes|cobraram duas vezes|' +
		'cobrança duplicada|cobranca duplicada|nunca chegou|não chegou|nao chegou|ainda não chegou|' +
		'ainda nao chegou|não recebi|nao recebi|nunca recebi|não funciona*|nao funciona*|' +
		'parou de funcionar|roubad*|roubaram|hackead*|perigos*|intoxica*',
	cues:
		'veio:0.5|pedi:0.5|barulho:0.5|estranho:0.5|chegou fria:1|chegou frio:1|fria:0.5|frio:0.5|mesma fatura:0.5|mesmo problema:1|' +
		'errad*:1|incorret*:1|cobraram:1|cobrança indevida:1|cobranca indevida:1|cobrad*:0.5|' +
		'danificad*:1|quebrad*:1|defeit*:1|sem resposta:1|ninguém responde:1|ninguem responde:1|' +
		'não respondem:1|nao respondem:1|ninguém atende:1|ninguem atende:1|desligaram:1|' +
		'continuo esperando:1|ainda esperando:1|aguardando:0.5|esperando:0.5|ainda não:1|' +
		'ainda nao:1|atrasad*:1|atraso*:1|demora*:1|de novo:0.5|outra vez:0.5|semanas:0.5|' +
		'dias:0.5|horas:0.5|ainda:0.5|falt*:0.5|extraviad*:1|perdid*:0.5|ninguém:0.5|ninguem:0.5|' +
		'por que:0.5|porque não:0.5|não consigo:0.5|nao consigo:0.5|atendimento:0.5|descaso:1|' +
		'sem sinal:1|sem internet:1|sem luz:1',
};

export const FRENCH: LanguageData = {
	code: 'fr',
	name: 'French',
	stop:
		'vais va vont peux veux ' +
		'quel quelle quels quelles comment combien ' +
		'par sont en à où ou au aux ses leurs cet avoir ont nos vers chez comme tout tous cela ça ca quand était etait sera ' +
		'le la les un une des du de et est je j tu il elle nous vous ils elles ne n pas que qui ' +
		'pour dans sur avec mon ma mes ce cette ces c suis ai au aux très tres mais toujours ' +
		"jamais merci bonjour commande colis c'est n'est j'ai n'ai qu'il d'un d'une l'on s'il " +
		"qu qu'on rien été ete fait être etre votre vos notre leur depuis",
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
		'dommage:-1.5 grave:-1 pourri*:-2.5 foutage:-2.5',
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
		'ne fonctionne plus|ne marche plus|volé|volée|piraté*|dangereu*|intoxication',
	cues:
		"j'ai reçu un:0.5|j'ai recu un:0.5|commandé:0.5|commande:0.5|bruit:0.5|bizarre:0.5|arrivé froid:1|arrive froid:1|froid:0.5|froide:0.5|manquait:1|même facture:0.5|meme facture:0.5|" +
		'mauvais article:1|mauvaise taille:1|erreur de commande:1|mauvaise commande:1|' +
		'endommagé*:1|endommage*:1|abîmé*:1|abime*:1|cassé*:1|défectueu*:1|defectueu*:1|' +
		'débité*:1|debite*:1|prélevé*:0.5|preleve*:0.5|facturé*:0.5|facture*:0.5|frais:0.5|' +
		'sans réponse:1|sans reponse:1|aucune réponse:1|aucune reponse:1|personne ne répond:1|' +
		'personne ne repond:1|ne répondez pas:1|ne repondez pas:1|raccroch*:1|en attente:0.5|' +
		"toujours pas:1|toujours rien:1|j'attends:1|attends:0.5|attente:0.5|retard*:1|" +
		'encore:0.5|à nouveau:0.5|a nouveau:0.5|semaines:0.5|jours:0.5|heures:0.5|toujours:0.5|' +
		'manquant*:1|manque:0.5|perdu*:0.5|personne:0.5|pourquoi:0.5|impossible:0.5|' +
		'service client:0.5|service clients:0.5|sav:0.5|impoli*:1|désagréable*:1|desagreable*:1',
};

export const GERMAN: LanguageData = {
	code: 'de',
	name: 'German',
	stop:
		'vielen dank alles ' +
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
		'panik*:-2.2 sorge:-1.5 besorgt*:-1.5 schrott*:-2.5 übel*:-2.3 ubel*:-2.3 elend*:-2.5 ' +
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
		'lächerlich*:-2.5 lacherlich*:-2.5 beschiss*:-3 bescheuert*:-2.5',
	urgent:
		'rückerstattung*|ruckerstattung*|rueckerstattung*|erstatt*|geld zurück|geld zuruck|' +
		'geld zurueck|mein geld|kündig*|kundig*|kuendig*|storn*|widerruf*|dringend*|sofort|' +
		'umgehend|anwalt|anwältin|anwalt*|rechtsanwalt*|klage|verklagen|gericht*|' +
		'verbraucherzentrale|verbraucherschutz|schlichtungsstelle|bundesnetzagentur|' +
		'betrug*|betrüg*|abzocke*|abzock*|doppelt abgebucht|zweimal abgebucht|2x abgebucht|' +
		'doppelt berechnet|zweimal berechnet|doppelt belastet|nie angekommen|nicht angekommen|' +
		'noch nicht angekommen|nie erhalten|nicht erhalten|nie geliefert|nicht geliefert|' +
		'funktioniert nicht|funktioniert nicht mehr|geht nicht mehr|geht nicht|kaputt|' +
		'gestohlen|gehackt|gefährlich*|gefahrlich*|lebensmittelvergiftung',
	cues:
		'bekommen:0.5|bestellt:0.5|geräusch:0.5|gerausch:0.5|seltsam*:0.5|kalt an:1|kalt:0.5|derselben rechnung:0.5|gleiche problem:1|' +
		'falsche*:1|falsch geliefert:1|beschädigt*:1|beschadigt*:1|defekt*:1|kaputt*:1|' +
		'abgebucht:1|berechnet:0.5|gebühr*:0.5|gebuhr*:0.5|keine antwort:1|keine rückmeldung:1|' +
		'keine ruckmeldung:1|niemand antwortet:1|niemand meldet:1|antwortet niemand:1|' +
		'meldet sich niemand:1|warteschleife:1|aufgelegt:1|immer noch:1|noch immer:1|' +
		'noch nicht:1|warte seit:1|warten seit:1|warte:0.5|warten:0.5|verspät*:1|verspat*:1|' +
		'verzöger*:1|verzoger*:1|wieder:0.5|schon wieder:1|erneut:0.5|wochen:0.5|tage:0.5|' +
		'tagen:0.5|stunden:0.5|fehlt:1|fehlen:1|fehlend*:1|verloren:0.5|niemand:0.5|warum:0.5|' +
		'unfreundlich*:1|kundenservice:0.5|kundendienst:0.5|hotline:0.5|unmöglich:0.5',
};

export const ITALIAN: LanguageData = {
	code: 'it',
	name: 'Italian',
	stop:
		'avete hai voglio vorrei posso può puo quale quali come mi ad ed ' +
		"fa sta stai tutte tutti quanto quando dove chi poi ora solo proprio allora però ecco c'è degli sulla sul nei negli agli ai dai tra fra " +
		'il lo la gli le un una uno che di del della dei delle e è non per con ma sono ' +
		'ho questo questa mio mia miei mie anche più piu sempre ancora grazie ciao ordine ' +
		'pacco perché perche cosa io lui lei noi voi nel nella alla al dal si se già gia ' +
		'oggi mai ci sei siete hanno abbiamo essere stato tutto fatto dopo ' +
		'dello dalla dalle dagli sulle sui col nelle alle questi queste quello quella quelli quelle ' +
		'adesso domani ieri sarà sarebbe fare detto vuoi vuole devo dovrebbe perchè cmq comunque ' +
		'qualcuno sto ste dice vero bisogna tutta niente nostra nostro nostri loro qui qua siamo ' +
		'erano fosse stesso stessa altro altri altra ogni mentre quindi cioè cioe anzi',
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
		'rubato|rubati|hackerat*|pericolos*|intossicazione',
	cues:
		'ordinato:0.5|arrivata una:0.5|arrivato un:0.5|rumore:0.5|strano:0.5|arrivato freddo:1|freddo:0.5|fredda:0.5|mancava:1|stessa fattura:0.5|' +
		'sbagliat*:1|errato:1|errata:1|danneggiat*:1|rott*:1|difettos*:1|addebitat*:0.5|' +
		'addebito:0.5|nessuna risposta:1|nessuno risponde:1|non rispondete:1|non risponde:1|' +
		'senza risposta:1|in attesa:0.5|attesa:0.5|riattaccato:1|ancora niente:1|ancora nulla:1|' +
		'ancora non:1|non ancora:1|sto aspettando:1|aspetto:0.5|aspettando:0.5|ritard*:1|' +
		'di nuovo:0.5|ancora una volta:1|settimane:0.5|giorni:0.5|ore:0.5|ancora:0.5|manca*:0.5|' +
		'mancant*:1|smarrit*:1|perso:0.5|nessuno:0.5|perché:0.5|perche:0.5|impossibile:0.5|' +
		'servizio clienti:0.5|assistenza:0.5|scortes*:1|maleducat*:1',
};

export const DUTCH: LanguageData = {
	code: 'nl',
	name: 'Dutch',
	stop:
		'alles bent ben ' +
		'had ' +
		'de het een en niet ik je jij wij zij ze dat van op met voor mijn mij ' +
		'maar ook nog heb hebben heeft zijn er geen nooit bedankt pakket bestelling wel ' +
		'naar om te wat hoe waarom vandaag sinds weken dagen jullie deze dit bij kunnen ' +
		'wordt worden dan nu uw graag hallo hoi',
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
		'ergeren:-2 erger:-2 ergste:-2.8 slechtste:-3 schandaal:-3 nutteloos*:-2.5',
	urgent:
		'terugbetal*|terugstort*|geld terug|mijn geld|restitutie|annuleer*|annuler*|' +
		'opzeg*|zeg* op|dringend*|urgent*|onmiddellijk*|direct|meteen|advocaat*|rechtszaak|' +
		'aanklagen|rechter|consumentenbond|geschillencommissie|acm|consuwijzer|oplicht*|' +
		'fraude*|frauduleu*|dubbel afgeschreven|twee keer afgeschreven|2x afgeschreven|' +
		'dubbel betaald|twee keer betaald|dubbel gefactureerd|nooit aangekomen|niet aangekomen|' +
		'nog niet aangekomen|nooit ontvangen|niet ontvangen|nooit geleverd|niet geleverd|' +
		'werkt niet|doet het niet|werkt niet meer|doet het niet meer|gestolen|gehackt|' +
		'gevaarlijk*|voedselvergiftiging',
	cues:
		'gekregen:0.5|besteld:0.5|raar geluid:1|geluid:0.5|raar:0.5|koud aan:1|koud:0.5|dezelfde factuur:0.5|' +
		'verkeerde*:1|verkeerd:1|beschadigd*:1|kapot*:1|defect*:1|afgeschreven:1|' +
		'kosten:0.5|geen antwoord:1|geen reactie:1|niemand reageert:1|niemand neemt op:1|' +
		'reageren niet:1|in de wacht:1|opgehangen:1|nog steeds:1|nog altijd:1|nog niet:1|' +
		'wacht al:1|wachten al:1|wacht:0.5|wachten:0.5|vertraag*:1|te laat:1|weer:0.5|' +
		'alweer:1|opnieuw:0.5|weken:0.5|dagen:0.5|uren:0.5|ontbreekt:1|ontbreken:1|kwijt:1|' +
		'niemand:0.5|waarom:0.5|onmogelijk:0.5|klantenservice:0.5|onbeschoft*:1|onvriendelijk*:1',
};

/** English function words: the votes the other languages are weighed against. */
export const ENGLISH_STOP =
	'the and or but is are was were be been being i you he she it we they my your our ' +
	'their this that these those to of on at for with from by as not have has had does ' +
	'did will would can could should just if then than there here what when where why how who ' +
	'which all any some more very too also about into over after before up out again still ' +
	"please thanks thank hi hello dear order account i'm it's don't can't didn't i've you're";

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
