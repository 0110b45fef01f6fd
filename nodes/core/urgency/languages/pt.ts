/** Portuguese: word lists written for this package (MIT); the format is described in ../languageData.ts. */
import type { LanguageData } from '../languageData';

// prettier-ignore
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
	words:
		'serviço servico olá ola oi oii bom dia tarde noite noites obg obgd brigado brigada vlw valeu tchau pedidos ' +
		'encomenda encomendas entrega entregas envio frete pacote fatura conta senha loja lojas ' +
		'horário horario horários horarios preço preco preços precos pagamento endereço endereco ' +
		'rastreio rastreamento código codigo cliente atendimento informação informacao dúvida ' +
		'duvida troca trocas tamanho prazo quando quanto amanhã amanha semana mês boleto pix cartão ' +
		'cartao parcela parcelas compra compras produto produtos garantia disponível disponivel ' +
		'estoque chega chegar receber gostaria preciso podem',
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
		'parou de funcionar|roubad*|roubaram|hackead*|perigos*|intoxica*|' +
		'conta bloquead*|conta está bloquead*|conta tá bloquead*|conta foi bloquead*|' +
		'conta suspens*|conta está suspens*|conta foi suspens*|conta congelad*|conta desativad*|' +
		'conta foi desativad*|bloquearam minha conta|bloquearam a minha conta|bloquearam a conta|' +
		'suspenderam minha conta|cartão bloquead*|cartão está bloquead*|cartão foi bloquead*|' +
		'bloquearam meu cartão|bloquearam o meu cartão|não liga mais|nao liga mais|não quer ligar|' +
		'nao quer ligar|não carrega|nao carrega|não acende|nao acende|não inicia|nao inicia|' +
		'parou de carregar|' +
		'não foi entregue|nao foi entregue|nunca foi entregue|não entregaram|nao entregaram|nunca entregaram|não foi entregado|nao foi entregado|não me entregaram|nao me entregaram|nunca foi enviado|' +
		'profeco|facua|sernac|indecopi|' +
		// Safety: fire, explosion, shock, burns, allergy, poisoning, injury, hospital.
		'pegou fogo|em chamas|explodiu|choque elétrico|choque eletrico|me queimei|queimadura*|reação alérgica|reacao alergica|no hospital|hospitalizad*|ferido|ferida|intoxicad*|' +
		'não funcionou|nao funcionou|nunca funcionou',
	cues:
		'veio:0.5|pedi:0.5|barulho:0.5|estranho:0.5|chegou fria:1|chegou frio:1|fria:0.5|frio:0.5|mesma fatura:0.5|mesmo problema:1|' +
		'errad*:1|incorret*:1|cobraram:1|cobrança indevida:1|cobranca indevida:1|cobrad*:0.5|' +
		'danificad*:1|quebrad*:1|defeit*:1|sem resposta:1|ninguém responde:1|ninguem responde:1|' +
		'não respondem:1|nao respondem:1|ninguém atende:1|ninguem atende:1|desligaram:1|' +
		'continuo esperando:1|ainda esperando:1|aguardando:0.5|esperando:0.5|ainda não:1|' +
		'ainda nao:1|atrasad*:1|atraso*:1|demora*:1|de novo:0.5|outra vez:0.5|semanas:0.5|' +
		'dias:0.5|horas:0.5|ainda:0.5|falt*:0.5|extraviad*:1|perdid*:0.5|ninguém:0.5|ninguem:0.5|' +
		'por que:0.5|porque não:0.5|não consigo:0.5|nao consigo:0.5|atendimento:0.5|descaso:1|' +
		'sem sinal:1|sem internet:1|sem luz:1|' +
		'cadê meu pedido:1|cadê minha encomenda:1|cadê meu dinheiro:1|onde está meu pedido:1|onde está minha encomenda:1|onde tá meu pedido:1|' +
		'bloquead*:0.5|' +
		'terceira vez:1|quarta vez:1|quinta vez:1|milésima vez:1|milesima vez:1|mil vezes:0.5|várias vezes:0.5|varias vezes:0.5|muitas vezes:0.5|três vezes:0.5|tres vezes:0.5|duas vezes:0.2|em espera:1|na espera:1|no telefone:0.2|cobrança duplicada:1|cobranca duplicada:1|cobrado em dobro:1|' +
		'falta um:1|falta uma:1|esperando no telefone:1|aguardando no telefone:1',
};
