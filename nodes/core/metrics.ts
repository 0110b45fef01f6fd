/** Request counters and latency percentiles for the one metrics item each run emits. */

export interface LatencySummary {
	p50: number;
	p95: number;
	max: number;
}

export function percentile(sorted: readonly number[], p: number): number {
	if (sorted.length === 0) return 0;
	const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[rank];
}

export function summariseLatencies(latencies: readonly number[]): LatencySummary {
	const sorted = [...latencies].sort((a, b) => a - b);
	const round = (n: number) => Math.round(n * 10) / 10;
	return {
		p50: round(percentile(sorted, 50)),
		p95: round(percentile(sorted, 95)),
		max: round(sorted.length ? sorted[sorted.length - 1] : 0),
	};
}

export class RequestStats {
	requests = 0;
	retries = 0;
	throttledWaitMs = 0;
	readonly latenciesMs: number[] = [];

	recordLatency(ms: number): void {
		this.requests++;
		this.latenciesMs.push(ms);
	}

	summary(): {
		requests: number;
		retries: number;
		throttledWaitMs: number;
		latencyMs: LatencySummary;
	} {
		return {
			requests: this.requests,
			retries: this.retries,
			throttledWaitMs: Math.round(this.throttledWaitMs),
			latencyMs: summariseLatencies(this.latenciesMs),
		};
	}
}
