/**
 * Per-language figures for bench:classify: the support messages of bench/data (always there), the
 * English complaint development sets, and, when a copy is given, the development (val) split of
 * the xlm-t multilingual tweet sentiment data and VADER's review and editorial ground truth.
 * Never reads an xlm-t test split.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const SUPPORT = require('./data/support-messages');
const COMPLAINTS_DEV = require('./data/complaints-dev');
const COMPLAINTS_CHECK = require('./data/complaints-check');

const XLMT_FOLDERS = {
	en: 'english',
	es: 'spanish',
	pt: 'portuguese',
	fr: 'french',
	de: 'german',
	it: 'italian',
};

const fmt = (x, d = 3) => (x === undefined || Number.isNaN(x) ? '-' : x.toFixed(d));
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);

// Sentiment cut at +-0.05 into negative / neutral / positive, as for the English tweets.
const cls = (x) => (x < -0.05 ? 0 : x > 0.05 ? 2 : 1);

function scoreRows(classifier, rows) {
	let ok = 0;
	let negatives = 0;
	let negativeHits = 0;
	let language = 0;
	for (const { text, label, code } of rows) {
		const r = classifier.classify(text);
		const predicted = cls(r.sentiment);
		if (predicted === label) ok++;
		if (label === 0) {
			negatives++;
			if (predicted === 0) negativeHits++;
		}
		if (code !== undefined && r.language === code) language++;
	}
	return {
		n: rows.length,
		accuracy: ok / rows.length,
		negativeRecall: negatives > 0 ? negativeHits / negatives : undefined,
		language: language / rows.length,
	};
}

// Messages per CPU second of this process (see classify.bench.js), after a warm-up pass; the
// median of five runs of about `budgetMs` each.
function rate(classifier, texts, budgetMs = 200) {
	for (const t of texts) classifier.classify(t);
	const runs = [];
	for (let r = 0; r < 5; r++) {
		let count = 0;
		const start = process.cpuUsage();
		let elapsed = 0;
		while (elapsed < budgetMs) {
			for (const t of texts) classifier.classify(t);
			count += texts.length;
			const used = process.cpuUsage(start);
			elapsed = (used.user + used.system) / 1000;
		}
		runs.push(count / (elapsed / 1000));
	}
	return runs.sort((a, b) => a - b)[2];
}

const KIND_LABEL = { urgent: 0, complaint: 0, question: 1, thanks: 2 };

function supportTable(engine) {
	const classifier = engine.createClassifier();
	console.log('');
	console.log(
		'Support messages written for this package (bench/data/support-messages.js), per language:',
	);
	console.log(
		'urgent and complaint should be HIGH, thanks LOW, questions not HIGH; 3-class accuracy',
	);
	console.log(
		'and recall of negative messages from `sentiment` cut at +-0.05; speed with every language on.',
	);
	console.log('');
	console.log(
		`${pad('lang', 6)}${padL('n', 4)}${padL('detected', 10)}${padL('HIGH rec', 10)}${padL('thanks LOW', 12)}${padL('q not HIGH', 12)}${padL('3-cl acc', 10)}${padL('neg rec', 9)}${padL('msgs/s', 10)}`,
	);
	for (const [code, list] of Object.entries(SUPPORT)) {
		let high = 0;
		let highTotal = 0;
		let low = 0;
		let thanks = 0;
		let calm = 0;
		let questions = 0;
		const rows = list.map(([text, kind]) => ({ text, label: KIND_LABEL[kind], code }));
		for (const [text, kind] of list) {
			const r = classifier.classify(text);
			if (kind === 'urgent' || kind === 'complaint') {
				highTotal++;
				if (r.priority === 'HIGH') high++;
			} else if (kind === 'thanks') {
				thanks++;
				if (r.priority === 'LOW') low++;
			} else {
				questions++;
				if (r.priority !== 'HIGH') calm++;
			}
		}
		const s = scoreRows(classifier, rows);
		const speed = rate(
			classifier,
			list.map(([text]) => text),
		);
		console.log(
			`${pad(code, 6)}${padL(list.length, 4)}${padL(fmt(s.language, 2), 10)}${padL(fmt(high / highTotal, 2), 10)}${padL(fmt(low / thanks, 2), 12)}${padL(fmt(calm / questions, 2), 12)}${padL(fmt(s.accuracy, 2), 10)}${padL(fmt(s.negativeRecall, 2), 9)}${padL(Math.round(speed), 10)}`,
		);
	}
}

function auc(pos, neg) {
	let sum = 0;
	for (const p of pos) for (const q of neg) sum += p > q ? 1 : p === q ? 0.5 : 0;
	return sum / (pos.length * neg.length);
}

function complaintTable(engine) {
	const classifier = engine.createClassifier();
	console.log('');
	console.log(
		'English complaints to brands (bench/data), development figures: the cues were written',
	);
	console.log(
		"with the first set in view and extended once after reading the second set's figures.",
	);
	console.log('');
	console.log(
		`${pad('set', 20)}${padL('n', 8)}${padL('AUC', 8)}${padL('HIGH recall', 13)}${padL('precision', 11)}`,
	);
	for (const [name, set] of [
		['complaints-dev', COMPLAINTS_DEV],
		['complaints-check', COMPLAINTS_CHECK],
	]) {
		const pos = set.complaints.map((t) => classifier.classify(t));
		const neg = set.others.map((t) => classifier.classify(t));
		const tp = pos.filter((r) => r.priority === 'HIGH').length;
		const fp = neg.filter((r) => r.priority === 'HIGH').length;
		console.log(
			`${pad(name, 20)}${padL(`${pos.length}+${neg.length}`, 8)}${padL(
				fmt(
					auc(
						pos.map((r) => r.score),
						neg.map((r) => r.score),
					),
				),
				8,
			)}${padL(fmt(tp / pos.length), 13)}${padL(fmt(tp / (tp + fp)), 11)}`,
		);
	}
}

function readLines(file) {
	return fs.readFileSync(file, 'utf8').split(/\r?\n/);
}

function xlmtTable(engine, dir) {
	console.log('');
	if (!dir) {
		console.log(
			'xlm-t tweets: skipped (set XLMT_DIR to a copy of cardiffnlp/xlm-t data/sentiment, or',
		);
		console.log('pass --xlmt <dir>; only the val split is read, never test).');
		return;
	}
	const classifier = engine.createClassifier();
	console.log(
		`xlm-t tweet sentiment, DEVELOPMENT split (val) from ${dir}; 3-class from \`sentiment\`:`,
	);
	console.log('');
	console.log(
		`${pad('lang', 6)}${padL('n', 5)}${padL('detected', 10)}${padL('3-cl acc', 10)}${padL('neg rec', 9)}${padL('msgs/s', 10)}`,
	);
	for (const [code, folder] of Object.entries(XLMT_FOLDERS)) {
		const textFile = path.join(dir, folder, 'val_text.txt');
		const labelFile = path.join(dir, folder, 'val_labels.txt');
		if (!fs.existsSync(textFile) || !fs.existsSync(labelFile)) {
			console.log(`${pad(code, 6)} missing ${folder}/val_*.txt`);
			continue;
		}
		const texts = readLines(textFile);
		const labels = readLines(labelFile);
		const rows = [];
		for (let i = 0; i < labels.length; i++) {
			if (labels[i] === '') continue;
			rows.push({ text: texts[i], label: Number(labels[i]), code });
		}
		const s = scoreRows(classifier, rows);
		const speed = rate(
			classifier,
			rows.map((r) => r.text),
		);
		console.log(
			`${pad(code, 6)}${padL(s.n, 5)}${padL(fmt(s.language, 2), 10)}${padL(fmt(s.accuracy), 10)}${padL(fmt(s.negativeRecall), 9)}${padL(Math.round(speed), 10)}`,
		);
	}
}

function pearson(xs, ys) {
	const n = xs.length;
	const mx = xs.reduce((a, b) => a + b, 0) / n;
	const my = ys.reduce((a, b) => a + b, 0) / n;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		sxy += (xs[i] - mx) * (ys[i] - my);
		sxx += (xs[i] - mx) ** 2;
		syy += (ys[i] - my) ** 2;
	}
	return sxy / Math.sqrt(sxx * syy);
}

const GROUND_TRUTH = {
	'amazon reviews': 'amazonReviewSnippets_GroundTruth.txt',
	'movie reviews': 'movieReviewSnippets_GroundTruth.txt',
	'NYT editorials': 'nytEditorialSnippets_GroundTruth.txt',
};

function groundTruthTable(engine, vader, dir) {
	console.log('');
	const found = dir
		? Object.entries(GROUND_TRUTH).filter(([, f]) => fs.existsSync(path.join(dir, f)))
		: [];
	if (found.length === 0) {
		console.log(
			"VADER's review and editorial ground truth: skipped (set VADER_GT_DIR to the folder of",
		);
		console.log('amazonReviewSnippets_GroundTruth.txt etc. from the VADER paper data).');
		return;
	}
	const classifier = engine.createClassifier();
	console.log(`VADER ground truth from ${dir}: Pearson r against the human mean`);
	console.log('');
	console.log(`${pad('set', 18)}${padL('n', 6)}${padL('engine', 9)}${padL('vader-sentiment', 17)}`);
	for (const [name, file] of found) {
		const rows = readLines(path.join(dir, file))
			.filter((l) => l)
			.map((l) => {
				const [, mean, ...rest] = l.split('\t');
				return { mean: Number(mean), text: rest.join('\t') };
			});
		const human = rows.map((r) => r.mean);
		const ours = rows.map((r) => classifier.classify(r.text).sentiment);
		const theirs = rows.map((r) => vader.polarity_scores(r.text).compound);
		console.log(
			`${pad(name, 18)}${padL(rows.length, 6)}${padL(fmt(pearson(ours, human)), 9)}${padL(fmt(pearson(theirs, human)), 17)}`,
		);
	}
}

module.exports = { supportTable, complaintTable, xlmtTable, groundTruthTable };
