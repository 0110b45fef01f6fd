import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import { ApiCallError, InputValidationError, RecordSchemaError } from '../core/errors';
import {
	conversationEvents,
	DFO_ONLY_EVENTS,
	type TriggerCandidate,
	type TriggerEventType,
} from '../core/cxone/events';
import { fetchConversations, type FetchOutcome } from '../core/cxone/fetch';
import { decidePoll, pollWindow, readPollState, type PollWindow } from '../core/cxone/pollState';
import { validateQuery, type ApiKind } from '../core/cxone/query';
import type { DfoMessage } from '../core/cxone/schemas';
import { RequestStats } from '../core/metrics';
import type { PaginationState } from '../core/pagination';
import { collectSecrets } from '../core/redact';
import { defaultRetryPolicy } from '../core/retry';
import { AuditOutput } from '../toolkit/audit';
import { toNodeError } from '../toolkit/errors';
import { NodeParameters, pollParameters } from '../toolkit/parameters';
import {
	createCXoneClient,
	CREDENTIAL_TYPE,
	runCredentials,
	TokenCounts,
} from '../CXone/transport';
import { PARAMETERS } from './description';

export { description } from './description';

/** The trigger's state in the node's static data (n8n saves it after each production poll). */
export const STATE_KEY = 'cxoneTriggerState';

/** "Fetch Test Event": the most recent events of this window, the state left as it is. */
const TEST_WINDOW_MS = 24 * 3_600_000;
const TEST_ITEMS = 5;
const HOUR = 3_600_000;

type Rejected = Extract<FetchOutcome, { kind: 'rejected' }>;

/** Keeps the `size` latest events by time, in bounded memory. */
function keepLatest(events: TriggerCandidate[], size: number): TriggerCandidate[] {
	if (events.length <= size * 4) return events;
	return events.sort((a, b) => a.atMs - b.atMs).slice(-size);
}

export async function poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const started = Date.now();
	const manual = this.getMode() === 'manual';
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const api: ApiKind = credentials.authentication === 'accessKey' ? 'dfo' : 'v2';
	const secrets = collectSecrets([
		credentials.clientSecret,
		credentials.accessKeySecret,
		credentials.accessToken,
	]);
	const stats = new RequestStats();
	const tokens = new TokenCounts();
	const shared = runCredentials(credentials, tokens, secrets);
	const pagination: PaginationState = { pages: 0, items: 0 };
	let fetched = 0;
	try {
		const p = new NodeParameters(pollParameters(this), PARAMETERS).at(0);
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const event = p.event as TriggerEventType;
		if (api === 'v2' && DFO_ONLY_EVENTS.includes(event)) {
			throw new InputValidationError(
				'Event',
				'needs the Digital Engagement (DFO) API; the credential uses the Conversations API v2, which has no messages or statuses',
				'Choose "New Conversation", or use a credential with Authentication "Access Key".',
			);
		}
		const staticData = this.getWorkflowStaticData('node');
		const stored = readPollState(staticData[STATE_KEY]);
		const now = Date.now();
		const overlapMs = p['options.overlapMinutes'] * 60_000;
		const maxItems = p['options.maxItems'];
		// The recent set must hold at least one poll's events, or a cut poll could repeat them.
		const maxKeys = Math.max(p['options.maxKeys'], maxItems);
		const watching = event !== 'newConversation';
		const watchMs = p.watchHours * HOUR;
		const window: PollWindow = manual
			? { fromMs: now - (watching ? watchMs : TEST_WINDOW_MS), toMs: now, first: true }
			: pollWindow(stored, now, overlapMs, p['options.lookbackHours'] * HOUR);
		if (!manual && window.fromMs >= window.toMs) {
			// First activation without look-back: events from now on, as n8n's own triggers do.
			staticData[STATE_KEY] = { cursorMs: now, caughtUp: true, floorMs: now, recent: [] };
			return null;
		}
		// New conversations are listed by creation time, the window itself; messages and status
		// changes happen to conversations created earlier, so their listing reaches further back.
		const queryFrom = watching ? Math.min(window.fromMs, now - watchMs) : window.fromMs;
		const recentInWindow = (stored.recent ?? []).filter(([, at]) => at >= window.fromMs).length;
		// Listed oldest first, the repeats of the overlap come first: they are read on top.
		const limit = watching || manual ? undefined : maxItems + recentInWindow;
		const query = validateQuery(
			{
				api,
				timeRange: 'sinceLastSync',
				sinceMs: queryFrom,
				channelTypes: p.channelTypes,
				customChannelTypes: p.customChannelTypes,
				conversationIds: '',
				statuses: p.statuses,
				returnAll: limit === undefined,
				limit,
				pageSize: options.pageSize,
				retentionDays: options.retentionDays,
				scopes: typeof credentials.scopes === 'string' ? credentials.scopes : '',
			},
			now,
		);
		const client = createCXoneClient(this, {
			credentials: shared,
			policy: defaultRetryPolicy({ maxWaitMs: p['options.maxWaitSeconds'] * 1000 }),
			stats,
			secrets,
			progress: () =>
				`${fetched} conversations were read before this, in ${pagination.pages} pages; nothing was emitted and the next poll reads them again.`,
		});
		const includeRaw = p['options.includeRaw'];
		const fetchOptions = {
			maxPages: p['options.maxPages'],
			skipInvalidRecords: p['options.skipInvalidRecords'],
			// The messages of a contact ride on `raw`; dropped below unless asked for.
			includeRaw: includeRaw || event === 'newInboundMessage',
			messageConcurrency: p['options.messageConcurrency'],
			yieldToEventLoop: async () => await sleep(0),
		};
		// n8n gives a poll a time budget; a backlog of new conversations (listed in time order) can
		// stop early and resume at the last one read. Older n8n versions have no budget.
		const budgetMs = manual ? undefined : this.getPollBudgetMs?.();
		let candidates: TriggerCandidate[] = [];
		const rejected: Rejected[] = [];
		let rejectedCount = 0;
		let lastCreatedMs: number | undefined;
		let budgetCut = false;
		for await (const outcomes of fetchConversations(client, query, fetchOptions, pagination)) {
			for (const outcome of outcomes) {
				if (outcome.kind === 'rejected') {
					rejectedCount++;
					if (rejected.length < 1000) rejected.push(outcome);
					continue;
				}
				fetched++;
				const item = outcome.item;
				lastCreatedMs = Date.parse(item.createdTimestamp);
				const raw = item.raw as { messages?: DfoMessage[] } | undefined;
				if (!includeRaw) delete item.raw;
				for (const candidate of conversationEvents(item, event, raw?.messages ?? [])) {
					// Only the window's events are kept: memory follows the window, not the listing.
					if (candidate.atMs >= window.fromMs && candidate.atMs < window.toMs) {
						candidates.push(candidate);
					}
				}
				if (manual) candidates = keepLatest(candidates, TEST_ITEMS);
			}
			if (budgetMs !== undefined && !watching && Date.now() - started > budgetMs * 0.8) {
				budgetCut = true;
				break;
			}
		}
		if (manual) {
			const latest = candidates.sort((a, b) => a.atMs - b.atMs).slice(-TEST_ITEMS);
			if (!latest.length) {
				throw new NodeOperationError(
					this.getNode(),
					`No CXone event of this kind in the last ${Math.round((window.toMs - window.fromMs) / HOUR)} hours matches the filters`,
					{
						description:
							'"Fetch Test Event" shows the most recent events without moving the trigger. Widen the filters, or wait for a conversation and try again.',
					},
				);
			}
			return [latest.map((candidate) => ({ json: candidate.item as IDataObject }))];
		}
		const listingCut = budgetCut || (query.limit !== undefined && pagination.items >= query.limit);
		const decision = decidePoll(
			stored,
			window,
			candidates,
			{ overlapMs, maxItems, maxKeys },
			listingCut ? lastCreatedMs : undefined,
		);
		staticData[STATE_KEY] = decision.state as unknown as IDataObject;
		const items: INodeExecutionData[] = decision.emit.map((candidate) => ({
			json: candidate.item as IDataObject,
		}));
		if (p['options.includeAudit'] && (items.length || rejectedCount)) {
			const audit = new AuditOutput(this);
			for (const { item } of decision.emit) {
				audit.event(
					'EVENT_EMITTED',
					{
						event,
						key: item.triggerEvent.key,
						conversationId: item.id,
						channel: item.channel,
						at: item.triggerEvent.at,
					},
					0,
				);
			}
			for (const outcome of rejected) {
				audit.event(
					'RECORD_REJECTED',
					{ recordRef: outcome.recordRef, field: outcome.field, reason: outcome.reason },
					0,
				);
			}
			items.push(
				...audit.close({
					api: api === 'v2' ? 'conversations-v2' : 'dfo-3.0',
					event,
					windowFrom: new Date(window.fromMs).toISOString(),
					windowTo: new Date(window.toMs).toISOString(),
					emitted: decision.emit.length,
					repeats: decision.repeats.length,
					rejected: rejectedCount,
					conversations: fetched,
					pages: pagination.pages,
					backlog: decision.state.caughtUp === false,
					cursor: new Date(decision.state.cursorMs ?? window.toMs).toISOString(),
					rememberedEvents: decision.state.recent?.length ?? 0,
					...stats.summary(),
					...tokens.summary(),
					durationMs: Date.now() - started,
				}),
			);
		}
		return items.length ? [items] : null;
	} catch (error) {
		// The state is saved only after a complete poll: a failed one is read again next time.
		throw toNodeError(this, error, 0, {
			secrets,
			recordFix:
				'Turn on "Skip Invalid Records" in the options to skip such records (an audit event names each one when "Include Audit Items" is on).',
			progress:
				error instanceof ApiCallError || error instanceof RecordSchemaError
					? undefined
					: `${fetched} conversations were read before the failure; the next poll reads them again.`,
			unexpected: 'CXone poll failed',
		});
	}
}
