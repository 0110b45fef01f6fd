/**
 * VADER lexicon entries that mislead in customer service, dropped from the word table (they score
 * 0). VADER's raters scored chat slang and codes; in messages to a brand the same strings are
 * order, ticket and case numbers, names, product names and plain support vocabulary. Chosen by
 * going through every entry with a digit, every letters-only entry of four characters or fewer,
 * and the entries that collide with names, brands or support vocabulary; each group says why.
 * `lexiconOverrides` can restore any of them.
 */

/** Reason for each group, as the README documents it. */
export const SUPPORT_DROPPED_WHY: Readonly<Record<string, string>> = {
	numbers:
		'pure numbers rated as slang (143 "I love you", 187 "homicide", 86 "get rid of"): order, ticket and case numbers',
	codes:
		'letter-digit codes (g1, m8, 4q, n1, d8, 2qt, ...): read as SKUs, plan names, post codes and seat numbers',
	listMarkers: 'emoticons that are also list markers or sizes: "8)", "8d", "8-o", "0-8"',
	names:
		'slang that is also a name, a brand or a word of another language: mia, kia, lowe, fiesta, amazon, sete',
	support:
		'support vocabulary rated as mood: credit (store credit), alert (fraud alert), pay, vip, hand ("on the other hand"), po (purchase order)',
	initialisms:
		'two- and three-letter initialisms that are mostly something else in a support message (tx, xp, nfc, aml, dx, jp, gt, ff, gg, ...)',
};

// prettier-ignore
export const SUPPORT_DROPPED: Readonly<Record<string, readonly string[]>> = {
	numbers: ['143', '187', '86', '182', '1337', '1432', '14aa41'],
	codes: [
		'10q', '2g2b4g', '2g2bt', '2qt', '4col', '4q', '5fs', 'aug-00', 'd8', 'g1', 'hho1/2k', 'hi5',
		'ily2', 'j4f', 'j4g', 'k4y', 'ly4e', 'm8', 'n1', 'gn8', 'h8', 'n00b', 'w00t',
	],
	listMarkers: ['8)', '8d', '8-d', '8-o', '0-8', 'o-8'],
	names: ['mia', 'kia', 'lowe', 'lown', 'fiesta', 'amazon', 'sete'],
	support: ['credit', 'alert', 'pay', 'vip', 'hand', 'po'],
	initialisms: [
		'tx', 'xp', 'nfc', 'aml', 'dx', 'l', 'jp', 'jt', 'jw', 'jj', 'gt', 'nh', 'bz', 'wd', 'wp', 'lts',
		'ly', 'bl', 'ff', 'gg', 'gl', 'gn', 'qt', 'pu', 'nme', 'urw', 'vbg', 'vbs', 'vwd', 'vwp', 'xtc',
		'sok', 'teas', 'slaw', 'swak', 'gla', 'hak', 'hago', 'jho', 'ijs', 'iyq', 'kfy', 'ayc', 'ayor',
		'atab', 'btd', 'bfe', 'cwot', 'fcol', 'hhoj', 'hhok', 'laoj', 'lya', 'lyb', 'lyl', 'lylb',
		'mml', 'musm', 'nbif', 'nimq', 'nimy', 'nitl', 'ntmu', 'pmbi', 'pmji', 'sgtm', 'ywia', 'foaf',
		'gigo', 'gga', 'hagd', 'hagn', 'kmuf', 'aas', 'aayf', 'afu', 'alol', 'ambw', 'aml', 'mlm',
	],
};

/** Every dropped entry. */
export const SUPPORT_DROPPED_WORDS: ReadonlySet<string> = new Set(
	Object.values(SUPPORT_DROPPED).flat(),
);
