/**
 * Default urgent vocabulary: canonical term -> the forms that report it. Chosen for what customers
 * write to brands when something needs a human soon: a demand (cancel, refund, escalate), a
 * failure (not working, outage, can't log in), money taken wrongly (charged twice, fraud),
 * waiting (still waiting, never arrived, no reply), safety, or a legal or public threat.
 * Bare words that are mostly harmless ("down", "broke", "missing") appear only in phrases.
 */
// prettier-ignore
export const URGENT_TERM_FORMS: Readonly<Record<string, readonly string[]>> = {
	urgent: ['urgent', 'urgently', 'urgency'],
	immediately: ['immediately', 'immediate'],
	asap: ['asap'],
	emergency: ['emergency', 'emergencies'],
	cancel: [
		'cancel', 'cancels', 'canceled', 'cancelled', 'canceling', 'cancelling', 'cancellation',
		'cancellations',
	],
	refund: ['refund', 'refunds', 'refunded', 'refunding'],
	'money back': ['money back'],
	'not working': [
		'not working', "isn't working", 'isnt working', "aren't working", 'arent working',
		"doesn't work", 'doesnt work', 'does not work', 'stopped working', "won't work",
	],
	broken: ['broken', 'broke down', 'it broke'],
	complaint: ['complaint', 'complaints', 'complain', 'complains', 'complained', 'complaining'],
	escalate: ['escalate', 'escalates', 'escalated', 'escalating', 'escalation'],
	legal: ['legal'],
	sue: ['sue', 'sues', 'sued', 'suing'],
	lawsuit: ['lawsuit', 'lawsuits', 'class action'],
	lawyer: ['lawyer', 'lawyers', 'solicitor', 'solicitors'],
	attorney: ['attorney', 'attorneys'],
	'still waiting': [
		'still waiting', 'been waiting', "still haven't", 'still havent', 'still have not',
		"still hasn't", 'still hasnt', 'still has not', 'still no',
	],
	'never arrived': [
		'never arrived', 'never came', 'never delivered', 'never showed up', "hasn't arrived",
		'hasnt arrived', 'has not arrived', "didn't arrive", 'didnt arrive', 'did not arrive',
		'not arrived', 'not delivered', "wasn't delivered", 'was not delivered',
	],
	'never received': [
		'never received', 'never got', "didn't receive", 'didnt receive', 'did not receive',
		"haven't received", 'havent received', 'have not received', "hasn't received",
		'has not received', 'not received',
	],
	'charged twice': [
		'charged twice', 'double charged', 'double-charged', 'charged double', 'billed twice',
		'double billed', 'double-billed', 'charged two times',
	],
	overcharged: ['overcharged', 'overcharging', 'overbilled'],
	unauthorized: ['unauthorized', 'unauthorised'],
	'no reply': [
		'no reply', 'no replies', 'no response', 'no responses', 'no answer', 'not responding',
		'never replied', 'never responded', 'ignoring my', 'ignored my',
	],
	unacceptable: ['unacceptable', 'not acceptable'],
	worst: ['worst'],
	scam: ['scam', 'scams', 'scammed', 'scammer', 'scammers', 'scamming'],
	fraud: ['fraud', 'frauds', 'fraudulent', 'fraudulently'],
	chargeback: ['chargeback', 'chargebacks', 'charge back'],
	'ripped off': ['ripped off', 'rip off', 'rip-off', 'ripoff'],
	stolen: ['stolen', 'stole my'],
	'data breach': ['data breach', 'breach', 'breached'],
	hacked: ['hacked'],
	compromised: ['compromised'],
	outage: ['outage', 'outages'],
	down: [
		'is down', 'site down', 'website down', 'app down', 'server down', 'servers down',
		'servers are down', 'service down', 'services down', 'system down', 'systems down',
		'network down', 'still down', 'been down',
	],
	'no service': ['no service', 'no signal', 'no internet', 'no connection', 'no wifi', 'no power'],
	crash: ['crash', 'crashes', 'crashed', 'crashing'],
	"can't log in": [
		"can't log in", 'cant log in', 'cannot log in', "can't login", 'cant login', 'cannot login',
		"can't sign in", 'cant sign in', 'cannot sign in', 'unable to log in', 'unable to login',
		'unable to sign in', "can't access my account", 'cannot access my account',
	],
	'locked out': ['locked out'],
	disgusting: ['disgusting', 'disgusted'],
	damaged: ['damaged'],
	dangerous: ['dangerous'],
	unsafe: ['unsafe'],
	injured: ['injured', 'injury', 'injuries'],
	'food poisoning': ['food poisoning'],
	harassment: ['harassment', 'harassed', 'harassing'],
	discrimination: ['discrimination', 'discriminated', 'discriminatory'],
	racist: ['racist', 'racism'],
	ombudsman: ['ombudsman'],
	bbb: ['bbb', 'better business bureau'],
	'trading standards': ['trading standards'],
	boycott: ['boycott', 'boycotting'],
	'never again': ['never again'],
};

/** Canonical default urgent terms, in the order above. */
export const DEFAULT_URGENT_TERMS: readonly string[] = Object.freeze(
	Object.keys(URGENT_TERM_FORMS),
);
