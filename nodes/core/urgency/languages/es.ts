/** Spanish: word lists written for this package (MIT); the format is described in ../languageData.ts. */
import type { LanguageData } from '../languageData';

// prettier-ignore
export const SPANISH: LanguageData = {
	code: 'es',
	name: 'Spanish',
	stop:
		'el la los las un una unos unas que de del y en es por para con se lo al mi mis su sus no ' +
		'está esta estoy están estan pero como porque cuando también tambien hay ya yo tengo ' +
		'qué sí hola gracias quiero llevo muy nada todo todos este esto eso esa ese le les nos ' +
		'fue ser tiene hace ha han pedido semanas ayer hoy nunca todavía todavia aún gusta veces sin',
	// English words rated by VADER that mean something else here: never read as English.
	falseFriends: 'sin red once',
	words:
		'servicio hola holaa buenas buenos día dias días tardes noche noches saludos adiós adios chao chau ' +
		'pedido pedidos envío envio envíos envios entrega entregas paquete paquetes factura ' +
		'facturas cuenta contraseña contrasena tienda tiendas horario horarios precio precios pago ' +
		'pagos dirección direccion seguimiento número numero cliente clientes atención atencion ' +
		'información informacion consulta pregunta cambio cambios talla tallas devolución ' +
		'devolucion plazo plazos sucursal oferta ofertas descuento descuentos cupón cupon código ' +
		'codigo tarjeta compra compras producto productos garantía garantia disponible cuándo ' +
		'cuando dónde donde cuánto cuanto cuánta cuanta mañana manana hoy ayer semana llega llegará ' +
		'llegara recibir enviar quisiera necesito podrían podrian pueden',
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
		'jodid*:-2.5 puto:-2 ladrón:-2.5 ladron:-2.5 ladrones:-2.5 ladrona*:-2.5',
	urgent:
		'reembols*|rembols*|reenbols*|quiero mi dinero|kiero mi dinero|quiero mi plata|devuelv* mi dinero|devuelv* el dinero|devolver mi dinero|' +
		'devolver el dinero|devolución del dinero|devolucion del dinero|mi dinero de vuelta|' +
		'cancel*|urgente*|urgencia|inmediat*|cuanto antes|ya mismo|abogad*|demandar*|demandaré|' +
		'demandare|denunci*|profeco|facua|omic|sernac|indecopi|hoja de reclamaciones|' +
		'libro de reclamaciones|defensa del consumidor|oficina del consumidor|' +
		'estafa*|estafad*|fraude*|fraudulent*|cobraron dos veces|cobrado dos veces|cobro doble|' +
		'doble cobro|cargo doble|doble cargo|cobraron doble|nunca llegó|nunca llego|no ha llegado|' +
		'no me ha llegado|no llegó|no llego|no me llegó|no me llego|sigue sin llegar|no llega|' +
		'no funciona*|no sirve|dejó de funcionar|dejo de funcionar|me robaron|robad*|hackead*|' +
		'hackearon|peligros*|intoxicaci*|no recibí|no recibi|nunca recibí|nunca recibi|' +
		'cuenta bloquead*|cuenta está bloquead*|cuenta fue bloquead*|cuenta ha sido bloquead*|' +
		'cuenta sigue bloquead*|cuenta suspendid*|cuenta está suspendid*|cuenta fue suspendid*|' +
		'cuenta congelad*|cuenta desactivad*|bloquearon mi cuenta|bloquearon la cuenta|' +
		'suspendieron mi cuenta|tarjeta bloquead*|tarjeta está bloquead*|tarjeta fue bloquead*|' +
		'bloquearon mi tarjeta|bloquearon la tarjeta|no anda|no prende|no enciende|no arranca|no carga|' +
		'no a llegado|no me a llegado|no han llegado|no me han llegado|nunca entregado|nunca entregada|no me han entregado|no me entregaron|no han entregado|no entregaron|nunca me entregaron|no aparece mi pedido|no aparece mi paquete|' +
		'darme de baja|darse de baja|dar de baja|dame de baja|denme de baja|procon|reclame aqui|' +
		// Safety: fire, explosion, shock, burns, allergy, poisoning, injury, hospital.
		'se incendió|se incendio|se prendió fuego|se prendio fuego|prendió fuego|prendio fuego|en llamas|explotó|exploto|intoxicación|intoxicacion|intoxicad*|me intoxiqué|me intoxique|descarga eléctrica|descarga electrica|me quemé|me queme|quemadura*|reacción alérgica|reaccion alergica|en el hospital|al hospital|hospitalizad*|' +
		'no ha funcionado|no funcionó|no funciono|nunca funcionó|nunca funciono',
	cues:
		'en espera:1|llegó fría:1|llego fria:1|llegó frío:1|llego frio:1|fría:0.5|frío:0.5|frio:0.5|fria:0.5|ruido:0.5|pedí:0.5|pedi:0.5|me llegó:0.5|me llego:0.5|misma factura:0.5|lo mismo:0.5|' +
		'equivocad*:1|incorrect*:1|me cobraron:1|cobro indebido:1|cobr* de más:1|cobr* de mas:1|' +
		'dañad*:1|danad*:1|defectuos*:1|sin respuesta:1|nadie responde:1|nadie contesta:1|' +
		'no responden:1|no contestan:1|no me contestan:1|no me responden:1|me colgaron:1|' +
		'sigo esperando:1|seguimos esperando:1|aún no:1|aun no:1|todavía no:1|todavia no:1|' +
		'mala atención:1|mala atencion:1|pésima atención:1|pesima atencion:1|retras*:1|tarde:0.5|' +
		'esperando:0.5|otra vez:0.5|de nuevo:0.5|semanas:0.5|días:0.5|dias:0.5|horas:0.5|' +
		'todavía:0.5|todavia:0.5|falta*:0.5|perdid*:1|nadie:0.5|por qué:0.5|porque no:0.5|' +
		'sigue sin:1|siguen sin:1|no puedo:0.5|atención al cliente:0.5|atencion al cliente:0.5|' +
		'dónde está mi pedido:1|dónde está mi paquete:1|dónde está mi envío:1|dónde está mi dinero:1|' +
		'bloquead*:0.5|' +
		'tercera vez:1|cuarta vez:1|quinta vez:1|enésima vez:1|enesima vez:1|mil veces:0.5|varias veces:0.5|muchas veces:0.5|tres veces:0.5|dos veces:0.2|han cobrado:0.5|me cobró:1|me cobro:1|me han cobrado:1|cobro doble:1|doble cobro:1|cobrado doble:1|al teléfono:0.2|al telefono:0.2|' +
		'falta un:1|falta una:1|esperando al teléfono:1|esperando al telefono:1',
};
