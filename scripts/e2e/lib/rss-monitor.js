#!/usr/bin/env node
'use strict';
// node scripts/e2e/lib/rss-monitor.js <out.json> <command> [args...]
// Runs the command (stdio passed through, exit code passed on) and samples /proc every 50 ms:
// the command's own peak RSS (VmHWM, the kernel's high-water mark) and the peak of the summed RSS
// of its whole process tree (n8n plus its task runner child, which runs the Code node).
const fs = require('node:fs');
const { spawn } = require('node:child_process');

const [out, command, ...args] = process.argv.slice(2);
const INTERVAL_MS = 50;

function status(pid) {
	try {
		const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
		return { name: /^Name:\s+(.*)$/m.exec(text)?.[1], rss: kb('VmRSS'), hwm: kb('VmHWM') };
	} catch {
		return undefined;
	}
}

/** pid -> parent pid for every process, then the descendants of root. */
function tree(root) {
	const children = new Map();
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			if (!children.has(ppid)) children.set(ppid, []);
			children.get(ppid).push(Number(entry));
		} catch {
			// the process ended meanwhile
		}
	}
	const pids = [root];
	for (let k = 0; k < pids.length; k++) pids.push(...(children.get(pids[k]) ?? []));
	return pids;
}

const started = Date.now();
const child = spawn(command, args, { stdio: 'inherit' });
const peak = { rootHwmKb: 0, treeRssKb: 0, processes: 0, perProcessHwmKb: {} };
let samples = 0;
function sample() {
	if (!child.pid) return;
	let sum = 0;
	const pids = tree(child.pid);
	for (const pid of pids) {
		const s = status(pid);
		if (!s) continue;
		sum += s.rss;
		if (pid === child.pid) peak.rootHwmKb = Math.max(peak.rootHwmKb, s.hwm);
		const key = `${pid} ${s.name}`;
		peak.perProcessHwmKb[key] = Math.max(peak.perProcessHwmKb[key] ?? 0, s.hwm);
	}
	peak.treeRssKb = Math.max(peak.treeRssKb, sum);
	peak.processes = Math.max(peak.processes, pids.length);
	samples++;
}
const timer = setInterval(sample, INTERVAL_MS);
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
	clearInterval(timer);
	fs.writeFileSync(
		out,
		JSON.stringify(
			{ ...peak, samples, intervalMs: INTERVAL_MS, ms: Date.now() - started },
			null,
			2,
		),
	);
	process.exitCode = code ?? (signal ? 128 : 1);
});
