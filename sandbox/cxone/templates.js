'use strict';
// Word lists and [subject, body] templates for the generated messages. `{slot}` placeholders are
// filled by texts.js.

const PRODUCTS = [
	'wireless earbuds',
	'smart thermostat',
	'running shoes',
	'espresso machine',
	'yoga mat',
	'4K monitor',
	'standing desk',
	'air fryer',
	'phone case',
	'winter jacket',
	'baby stroller',
	'gaming headset',
	'electric toothbrush',
	'robot vacuum',
	'hiking backpack',
	'smartwatch',
	'blender',
	'memory foam mattress',
	'laptop stand',
	'coffee subscription',
	'noise-cancelling headphones',
	'e-bike',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const AGENTS = ['Maria', 'Tom', 'Priya', 'Jonas', 'Aisha', 'Kenji', 'Lucia', 'Sam'];
const STREETS = [
	'12 Elm Street',
	'48 Harbour Road',
	'7 Rue des Lilas',
	'221 Baker Street',
	'90 Pine Ave',
];
const COMPANIES = ['Northwind Ltd', 'Blue Fern GmbH', 'Acorn & Co', 'Kite Labs'];
const CODES = ['SAVE20', 'WELCOME10', 'BLACKFRIDAY', 'SPRING15'];
const FIRST_NAMES = [
	'Emma',
	'Liam',
	'Sofia',
	'Noah',
	'Mia',
	'Lucas',
	'Yuki',
	'Omar',
	'Chloé',
	'Mateo',
	'Hannah',
	'Ravi',
	'Fatima',
	'Jakub',
	'Ana',
	'Kwame',
	'Ingrid',
	'Diego',
	'Mei',
	'Oliver',
];
const LAST_NAMES = [
	'Smith',
	'García',
	'Müller',
	'Tanaka',
	'Haddad',
	'Silva',
	'Dubois',
	'Kowalski',
	'Okafor',
	'Johansson',
	'Nguyen',
	'Rossi',
	'Patel',
	'Brown',
	'Santos',
	'Cohen',
];

// [subject, body] pairs per kind.
const TEMPLATES = {
	urgent: [
		[
			'URGENT: order {order} not delivered',
			'My order {order} for the {product} still has not arrived after {days} days. This is urgent, I need a refund today or I will cancel my account.',
		],
		[
			'Cancel my subscription NOW',
			'I have asked {times} times to cancel my subscription and you keep charging my card. Cancel it immediately and refund the last {amount} charge.',
		],
		[
			'Legal action',
			'If I do not get my money back for order {order} by {weekday} I will sue. My lawyer already has the paperwork.',
		],
		[
			'Not working - please escalate',
			'The {product} stopped working after {days} days. Support chat went nowhere. Escalate this to a manager, it is urgent.',
		],
		[
			'Charged twice!!',
			'I was charged twice for order {order} ({amount} each). I need a refund urgently, my rent is due on {weekday}.',
		],
		[
			'Account hacked',
			'Someone logged into my account and changed the shipping address on order {order}. Lock it now, this is an emergency.',
		],
		[
			'Safety issue with {product}',
			'The {product} overheated and started smoking last night. This is dangerous. I want a full refund and a call today.',
		],
		[
			'Refund still missing',
			'You promised a refund for order {order} {days} days ago. Still nothing. Escalate this or I file a chargeback and report you to consumer protection.',
		],
		[
			'',
			'ASAP: my {product} is not working and I have a deadline tomorrow. Need a replacement or refund right now.',
		],
	],
	angry: [
		[
			'Terrible experience',
			'Honestly the worst customer service I have dealt with. Waited {days} days for a reply and got a copy-pasted answer that did not even mention my {product}.',
		],
		[
			'Disappointed',
			'The {product} looks nothing like the photos. Cheap plastic, scratched out of the box. Really disappointed, I expected much better from you.',
		],
		[
			'Rude agent',
			'Your agent on the phone today was rude and hung up on me. I have been a customer for {years} years and have never been treated like that.',
		],
		[
			'Still waiting',
			'Order {order} has been "out for delivery" for {days} days. Your tracking page is useless and nobody answers the phone.',
		],
		[
			'Never again',
			'Third time my order arrives damaged. I am done with this store and telling all my friends to stay away.',
		],
		['Awful quality', 'The {product} broke after two uses. What a waste of money.'],
		[
			'',
			'your app keeps logging me out and emptying my cart. So frustrating, I gave up and bought the {product} elsewhere.',
		],
		['Hidden fees', 'Nobody mentioned a {amount} handling fee at checkout. Shady and dishonest.'],
	],
	neutral: [
		[
			'Question about order {order}',
			'Hi, could you tell me when order {order} will ship? I ordered the {product} on {weekday}.',
		],
		['Opening hours', 'What are your opening hours on public holidays?'],
		[
			'Change delivery address',
			'Hello, I moved last week. Can I change the delivery address for order {order} to {street}?',
		],
		[
			'Warranty question',
			'Does the {product} come with an international warranty? I plan to take it abroad.',
		],
		['Invoice request', 'Please send me a VAT invoice for order {order}. Company name: {company}.'],
		[
			'Size exchange',
			'I would like to exchange the {product} for a bigger size. How does that work?',
		],
		['Back in stock?', 'Will the {product} be back in stock soon? The page says unavailable.'],
		['Discount code', 'Is the {code} code still valid? Checkout says it expired.'],
		[
			'Password reset',
			'I did not receive the password reset email. Can you check my account? Username {handle}.',
		],
		['', 'Do you ship to Canada? And how long does it usually take?'],
	],
	happy: [
		[
			'Thank you!',
			'Just wanted to say thanks to {agent} who helped me with order {order}. Super quick and friendly!',
		],
		[
			'Love the {product}',
			'The {product} arrived a day early and it is perfect. Great job, will definitely order again.',
		],
		[
			'Great service',
			'Best customer support I have had in years. Problem solved in five minutes. Thank you so much!',
		],
		[
			'Kudos to your driver',
			'Shout out to your delivery driver who carried the {product} up four flights of stairs. Amazing service.',
		],
		[
			'Refund received',
			'Refund received, thank you for sorting it out so fast. Really appreciate it.',
		],
		['', 'Been using the {product} for {days} days now and I love it. Worth every cent!'],
	],
	sarcastic: [
		['Delivery', 'Great, another week without my package. Love it.'],
		['Built to last', 'Oh wonderful, the {product} broke on day {days}. Truly built to last.'],
		['Hold music', 'Thanks so much for the 45 minutes of hold music, really made my day.'],
		['Fast replies', 'Wow, only {days} days to answer an email. Impressive speed, keep it up.'],
		[
			'"Express"',
			'Love how my express delivery of order {order} is taking longer than the regular one. Genius.',
		],
		['', 'Sure, charge me twice, why not. It is not like I need that money.'],
		[
			'Delivered?',
			'Fantastic, tracking says delivered and yet here I am, staring at an empty doorstep.',
		],
	],
	multilingual: [
		[
			'Pedido {order} no llegó',
			'Hola, mi pedido {order} todavía no ha llegado después de {days} días. ¿Pueden ayudarme, por favor?',
		],
		[
			'Quiero un reembolso',
			'El {product} llegó roto. Quiero un reembolso urgente, esto es inaceptable.',
		],
		[
			'Commande en retard',
			'Bonjour, ma commande {order} a {days} jours de retard. Pouvez-vous me dire où elle se trouve ?',
		],
		['Merci beaucoup', 'Merci pour votre aide rapide, le service client est excellent !'],
		[
			'Lieferung fehlt',
			'Hallo, meine Bestellung {order} ist immer noch nicht angekommen. Ich warte seit {days} Tagen. Bitte um dringende Rückmeldung.',
		],
		[
			'Kündigung',
			'Ich möchte mein Abo kündigen und mein Geld zurück. Das Gerät funktioniert nicht.',
		],
		[
			'Pedido atrasado',
			'Olá, o meu pedido {order} está atrasado há {days} dias. Podem verificar, por favor?',
		],
		['Obrigado', 'Adorei o produto, chegou antes do prazo. Muito obrigado!'],
		[
			'注文が届きません',
			'注文番号{order}の商品がまだ届いていません。{days}日も待っています。至急確認してください。',
		],
		['ありがとうございます', '迅速な対応をありがとうございました。とても助かりました。'],
		['لم يصل طلبي', 'مرحبا، طلبي رقم {order} لم يصل بعد مرور {days} أيام. أرجو المساعدة بسرعة.'],
		['شكرا', 'شكرا جزيلا على الخدمة الممتازة!'],
	],
	emoji: [
		['Where is my order 😡😡', 'Order {order} STILL not here 😡😡😡 {days} days!!'],
		['🙏', 'Please help me track my {product} 🙏🙏 it was a gift for my mom 🎂'],
		['Obsessed 😍', 'Just got my {product} 😍😍 soooo good 👍👍'],
		['', '👍'],
		['Hmm 🤔', 'Is the {product} waterproof? 🤔💧'],
		['Broken 💔', 'Arrived broken 💔📦 can I get a replacement? 😢'],
		['🔥🔥🔥', 'This {product} is 🔥🔥🔥 best purchase this year 💯'],
	],
};

const FOLLOW_UPS = [
	'Any update?',
	'Hello?? Is anyone reading this?',
	'The order number is {order} by the way.',
	'I also sent an email on {weekday} and got no answer.',
	'Attaching a photo of the {product} now.',
	'Please reply here, I cannot call during work hours.',
	'Thanks in advance.',
];

const LONG_SENTENCES = [
	'I first contacted you on {weekday} about order {order}.',
	'The {product} arrived with a cracked casing and a missing power adapter.',
	'Your agent {agent} promised a callback within 24 hours that never happened.',
	'I was then transferred three times and had to repeat my order number every time.',
	'The tracking page showed the parcel in a different city for {days} days.',
	'I paid {amount} for express shipping, which clearly was not express.',
	'Your return portal rejected my request with an unhelpful error message.',
	'I have kept every receipt, screenshot and email in case this goes further.',
	'My neighbour received a parcel addressed to me that was not mine.',
	'I have been a loyal customer for {years} years and recommended you to friends.',
	'Nobody explained why the refund was approved and then reversed.',
	'I would like a written summary of what happened and what you will do about it.',
];

module.exports = {
	PRODUCTS,
	WEEKDAYS,
	AGENTS,
	STREETS,
	COMPANIES,
	CODES,
	FIRST_NAMES,
	LAST_NAMES,
	TEMPLATES,
	FOLLOW_UPS,
	LONG_SENTENCES,
};
