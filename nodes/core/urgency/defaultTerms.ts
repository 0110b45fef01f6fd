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
	'account locked': [
		'account locked', 'account is locked', 'account was locked', 'account has been locked',
		'account got locked', 'account blocked', 'account is blocked', 'account was blocked',
		'account has been blocked', 'account got blocked', 'account suspended',
		'account is suspended', 'account was suspended', 'account has been suspended',
		'account frozen', 'account is frozen', 'account was frozen', 'account has been frozen',
		'account disabled', 'account is disabled', 'account was disabled',
		'account has been disabled', 'locked my account', 'blocked my account', 'froze my account',
		'frozen my account', 'suspended my account', 'disabled my account',
	],
	'card blocked': [
		'card blocked', 'card is blocked', 'card was blocked', 'card has been blocked',
		'card frozen', 'card is frozen', 'card was frozen', 'card has been frozen',
		'blocked my card', 'froze my card',
	],
	disgusting: ['disgusting', 'disgusted'],
	damaged: ['damaged'],
	dangerous: ['dangerous'],
	unsafe: ['unsafe'],
	injured: ['injured', 'injury', 'injuries'],
	'food poisoning': ['food poisoning'],
	'caught fire': [
		'caught fire', 'burst into flames', 'went up in flames', 'set fire', 'exploded',
		'smoke coming', 'smoke came', 'started smoking',
	],
	'electric shock': ['electric shock', 'electrocuted', 'shocked me', 'gave me a shock'],
	burned: ['burned me', 'burnt me', 'burned my', 'burnt my', 'got burned', 'got burnt', 'burns on'],
	'allergic reaction': ['allergic reaction', 'anaphylaxis', 'anaphylactic', 'choking hazard', 'choked on'],
	hospital: [
		'in hospital', 'in the hospital', 'to hospital', 'to the hospital', 'hospitalized',
		'hospitalised', 'a&e', 'emergency room',
	],
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

/**
 * Complaint cues: how customers word a breach of expectation without an urgent word ("my order is
 * late", "they sent the wrong size", "on hold for an hour", "third time I ask"). A cue of weight 1
 * makes a message HIGH on its own; cues of weight 0.5 need a second cue (or negative sentiment).
 * They are reported in `reasons` as written, never in `keywords`; `urgentTerms.remove` drops them
 * like terms.
 */
// prettier-ignore
export const COMPLAINT_CUES: Readonly<Record<string, number>> = {
	// Wrong, late, missing, broken.
	...cues(1, [
		'wrong item', 'wrong items', 'wrong order', 'wrong size', 'wrong colour', 'wrong color',
		'wrong product', 'wrong address', 'wrong one', 'sent the wrong', 'sent me the wrong',
		'received the wrong', 'got the wrong', 'delivered the wrong', 'is late', 'was late',
		'arrived late', 'running late', 'late again', 'delayed again', 'been delayed', 'is delayed',
		'was delayed', 'still delayed', 'is missing', 'was missing', 'are missing', 'were missing',
		'missing item', 'missing items', 'missing from', 'missing parts', 'lost my', 'lost our',
		'lost package', 'lost parcel', 'lost luggage', 'lost my bag', 'arrived damaged',
		'arrived broken', 'came broken', 'came damaged', 'was damaged', 'is faulty', 'faulty',
		'defective', 'stopped working', 'keeps crashing', 'not loading', "won't load", 'wont load',
		"won't let me", 'wont let me', "can't get", 'cant get', 'unable to', 'failed to',
		'fails to', 'not able to', 'cold food', 'was cold', 'stale', 'filthy', 'dirty', 'overbooked',
		'no show', 'no-show', "didn't show", 'didnt show', 'never showed', 'cut off',
		'disconnected', 'keeps dropping', 'still not', 'still nothing', 'still no', 'yet again',
		'not fixed', 'not resolved', 'no update', 'no updates', 'no refund', 'not refunded',
		'nothing has', 'overpriced', 'waste of', 'wasted', 'second email', 'second message',
		'same issue', 'same problem', 'supposed to arrive', 'supposed to be', 'switches off',
		'turns off', 'loud noise', 'strange noise', 'weird noise', 'arrived cold', 'came cold',
		'did not work', "didn't work", 'didnt work', 'never turned up', 'not cleaned',
		'without telling', 'without asking', 'without notice', 'without any notice', 'where is my',
		"where's my", 'wheres my', 'heard nothing', 'nothing like', 'fell apart', 'falling apart',
		'cracked', 'leaks', 'leaking', 'shrank', 'sour', 'expired', 'mouldy', 'moldy', 'left a mess',
		'lagging', 'throwing errors', 'keep asking', 'keeps asking', 'three times', 'not ready',
		'was told', 'were told', 'drove off', 'drove past', 'goes in circles', 'not there',
		'no water', 'whole stay', 'entire stay', 'missed you card', 'without stopping', 'not turn up',
		"didn't turn up", 'didnt turn up', 'dies after', 'broke after', 'stopped responding',
		'no longer works', 'still broken', 'got a view of', 'has not come', "hasn't come",
		'hasnt come', 'not turned up', 'charged for', 'charged me for', 'took two payments',
		'taken twice', 'double what', 'twice what', 'more than quoted', 'without warning',
		'by mistake', 'not his problem', 'not my problem', 'not our problem', 'declined',
		'was broken', 'keeps buffering', 'buffering', 'keeps freezing', 'freezes', 'not collected',
		'was closed', 'nobody said', 'no one said', 'no explanation', 'no apology', 'wiped',
		'deleted my', 'lost all', 'for a week', 'for weeks', 'for days', 'for months',
		'in the queue', 'only one desk', 'sitting at', 'stuck at', 'stuck in', 'stuck on',
		'found a hair', 'smells of', 'burning smell', 'emailed', 'chasing', 'chased',
		// A device or app that will not start (not "won't open": a shop's hours).
		"won't turn on", 'wont turn on', "doesn't turn on", 'doesnt turn on', 'does not turn on',
		'will not turn on', 'not turning on', "won't switch on", 'wont switch on', "won't start",
		'wont start', "won't boot", 'wont boot', "won't charge", 'wont charge', "doesn't charge",
		'doesnt charge', 'not charging', 'stopped charging', "won't connect", 'wont connect',
		"can't connect", 'cant connect', 'cannot connect',
		// A service out for days.
		'no internet', 'without internet', 'no signal', 'without signal', 'no service',
		'without service', 'no power', 'without power', 'no electricity', 'without electricity',
		'no wifi', 'without wifi', 'second day', 'third day', 'fourth day', 'days without',
		'weeks without',
		// Delivered on paper only.
		'says delivered', 'said delivered', 'shows delivered', 'shows as delivered',
		'marked as delivered', 'marked delivered', 'nothing is here', 'is not here', "isn't here",
		'not here yet',
	]),
	// Money taken.
	...cues(1, [
		'was charged', 'were charged', 'been charged', 'charged me', 'charging me', 'charged for',
		'hidden fee', 'hidden fees', 'extra fee', 'late fee', 'took my money', 'taken my money',
	]),
	// Ignored, treated badly, waiting, asking again.
	...cues(1, [
		'ignored', 'ignoring', 'ignore me', 'ignores', 'no one', 'nobody', 'no-one', 'rude',
		'unhelpful', 'unprofessional', 'on hold', 'hung up', 'hang up on', 'third time', '3rd time',
		'fourth time', '4th time', 'second time', '2nd time', 'again and again', 'every time',
		'multiple times', 'several times', 'many times', 'how many times', 'keep getting',
		'kept waiting', 'left waiting', 'been waiting', 'waited', 'waiting for', 'waiting on',
		'how long', 'how hard', "what's going on", 'whats going on', 'what is going on',
		'any update', 'any updates', 'poor service', 'bad service', 'not happy', 'unhappy', 'disappointed',
		'disappointing', 'frustrated', 'frustrating', 'ridiculous', 'pathetic', 'useless',
		'sort it out', 'sort this out', 'fix this', 'fix it', 'do better', 'not good enough',
		'shame on', 'fed up', 'sick of', 'tired of',
	]),
	...cues(0.5, [
		'late', 'delayed', 'delay', 'delays', 'missing', 'lost', 'waiting', 'wait', 'hours', 'days',
		'weeks', 'months', 'week', 'still', 'again', 'yet', 'why', 'fix', 'issue', 'issues',
		'problem', 'problems', 'error', 'failed', 'fail', 'charged', 'charge', 'fee', 'fees', 'wrong',
		'nothing', 'seriously', 'smh', 'customer service', 'supposed to', 'paid', 'promised',
		'anyone', 'someone', "can't", 'cant', 'cannot', "won't", 'wont', "doesn't", 'doesnt',
		"didn't", 'didnt', "haven't", 'havent', "hasn't", 'hasnt', "isn't", 'isnt', "wasn't", 'wasnt',
		'expected', 'worse', 'annoying', 'ordered',
		'you sent', 'noise', 'it is now', 'same invoice', 'cold', 'errors', 'glitch', 'bug', 'buggy',
		'keeps', 'keep', 'an hour', 'two hours', 'mess', 'impossible', 'told me', 'doubled',
		'went up', 'no one told', 'pending', 'for hours', 'called', 'phoned', 'rang', 'queue',
		'without', 'not even',
	]),
	// A question that is often a plain one ("When will the sale start?"): alone it raises nothing.
	...cues(0.2, ['when will']),
	// Time already passed: with a second cue ("it's been two weeks"), HIGH.
	...cues(0.5, ["it's been", 'its been', 'it has been']),
};

function cues(weight: number, forms: string[]): Record<string, number> {
	const out: Record<string, number> = {};
	for (const form of forms) out[form] = weight;
	return out;
}
