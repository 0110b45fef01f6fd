/** Counts for the run's metrics item. */
import type { Priority } from './types';

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

export class RunTally {
	private readonly started = performance.now();
	private readonly counts: Record<Priority, number> = { HIGH: 0, MEDIUM: 0, LOW: 0 };
	private failures = 0;
	private sentimentSum = 0;

	classified(priority: Priority, sentiment: number): void {
		this.counts[priority]++;
		this.sentimentSum += sentiment;
	}

	failed(): void {
		this.failures++;
	}

	/** `meanSentiment` is over the classified items, null when none was. */
	metrics(items: number) {
		const durationMs = performance.now() - this.started;
		const classified = this.counts.HIGH + this.counts.MEDIUM + this.counts.LOW;
		return {
			items,
			high: this.counts.HIGH,
			medium: this.counts.MEDIUM,
			low: this.counts.LOW,
			failed: this.failures,
			meanSentiment: classified > 0 ? round(this.sentimentSum / classified, 4) : null,
			itemsPerSecond: durationMs > 0 ? Math.round((items * 1000) / durationMs) : null,
			durationMs: round(durationMs, 2),
		};
	}
}
