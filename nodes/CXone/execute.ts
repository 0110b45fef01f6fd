import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { ApiCallError, RecordSchemaError } from '../core/errors';
import { fetchConversations, type FetchOutcome } from '../core/cxone/fetch';
import { validateQuery, type ApiKind } from '../core/cxone/query';
import { RequestStats } from '../core/metrics';
import type { PaginationState } from '../core/pagination';
import { collectSecrets } from '../core/redact';
import { budgetedBackoff, defaultRetryPolicy, WaitBudget } from '../core/retry';
import { AuditOutput, readAuditDetail } from '../toolkit/audit';
import { toNodeError } from '../toolkit/errors';
import { NodeParameters } from '../toolkit/parameters';
import { readSyncWindow, recordFetchedWindow } from '../toolkit/watermark';
import { createCXoneClient, CREDENTIAL_TYPE, runCredentials, TokenCounts } from './transport';
import { FETCH_OPTION_PARAMETERS } from './description';

export { description } from './description';

// Labels as the panel shows them: the fields of one API say which (see description.ts).
const STATUSES_LABEL = 'Statuses (Digital Engagement Only)';
const PAGE_SIZE_LABEL = 'Page Size (Conversations API V2 Only)';

const TIME_RANGES = ['lastHours', 'lastDays', 'between', 'sinceLastSync'] as const;

/** Parameters the node reads itself; the query fields are checked by the core's validateQuery. */
const PARAMETERS = {
	timeRange: { type: 'options', label: 'Time Range', default: 'lastHours', values: TIME_RANGES },
	overlapMinutes: { type: 'number', label: 'Overlap (Minutes)', default: 15, min: 0, max: 10_080 },
	initialLookbackHours: {
		type: 'number',
		label: 'Initial Look-Back (Hours)',
		default: 24,
		min: 1,
		max: 87_600,
	},
	returnAll: { type: 'boolean', label: 'Return All', default: false },
	maxPerRun: {
		type: 'number',
		label: 'Max Conversations per Run',
		default: 20_000,
		min: 1,
		max: 10_000_000,
		integer: true,
	},
	conversationIds: { type: 'string', label: 'Conversation IDs', default: '' },
	customChannelTypes: { type: 'string', label: 'Custom Channel Types', default: '' },
	channelTypes: { type: 'list', label: 'Channel Types', default: [] },
	statuses: { type: 'list', label: STATUSES_LABEL, default: [] },
	'options.messageConcurrency': {
		type: 'number',
		label: 'Message Requests in Parallel (Digital Engagement Only)',
		default: 4,
		min: 1,
		max: 16,
		integer: true,
	},
	...FETCH_OPTION_PARAMETERS,
} as const;

interface RunTotals {
	conversations: number;
	rejected: number;
	/** Conversations listed again (on another page or for another input item), output once. */
	duplicatesSkipped: number;
	pages: number;
	failures: number;
}

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const started = Date.now();
	const items = this.getInputData();
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const api: ApiKind = credentials.authentication === 'accessKey' ? 'dfo' : 'v2';
	const secrets = collectSecrets(
		[credentials.clientSecret, credentials.accessKeySecret, credentials.accessToken],
		// The token endpoints get the client id and secret as Basic auth: base64("id:secret").
		[[credentials.clientId, credentials.clientSecret]],
	);
	const stats = new RequestStats();
	const tokens = new TokenCounts();
	// Every request of the run shares these; each token n8n fetches is counted and redacted.
	const shared = runCredentials(credentials, tokens, secrets);
	// A page's events become one summary record (or one record each with Audit Detail Per Record).
	const audit = new AuditOutput(this, { detail: readAuditDetail(this) });
	const conversations: INodeExecutionData[] = [];
	const totals: RunTotals = {
		conversations: 0,
		rejected: 0,
		duplicatesSkipped: 0,
		pages: 0,
		failures: 0,
	};
	const channels = {};
	// The option promises one wait budget for the run, not one per request.
	let budget: WaitBudget | undefined;
	let parameters: NodeParameters<typeof PARAMETERS> | undefined;

	// Each conversation is output (and so classified, audited and delivered) once per run, however
	// often the API lists it: on two pages, or for two input items whose queries overlap. The
	// repeat is an Audit record naming the input item the conversation was output for.
	const seen = new Map<string, number>();
	for (let i = 0; i < items.length; i++) {
		const state: PaginationState = { pages: 0, items: 0 };
		let fetched = 0;
		let duplicates = 0;
		try {
			parameters ??= new NodeParameters(this, PARAMETERS);
			const p = parameters.at(i);
			const options = this.getNodeParameter('options', i, {}) as IDataObject;
			const timeRange = p.timeRange;
			const now = Date.now();
			const query = validateQuery(
				{
					api,
					timeRange,
					hours: timeRange === 'lastHours' ? this.getNodeParameter('hours', i) : undefined,
					days: timeRange === 'lastDays' ? this.getNodeParameter('days', i) : undefined,
					from: timeRange === 'between' ? this.getNodeParameter('from', i) : undefined,
					to: timeRange === 'between' ? this.getNodeParameter('to', i) : undefined,
					sinceMs:
						timeRange === 'sinceLastSync'
							? readSyncWindow(
									this,
									p.overlapMinutes * 60_000,
									p.initialLookbackHours * 3_600_000,
									now,
								)
							: undefined,
					channelTypes: p.channelTypes,
					customChannelTypes: p.customChannelTypes,
					conversationIds: p.conversationIds,
					statuses: p.statuses,
					returnAll: p.returnAll,
					limit: this.getNodeParameter('limit', i, 50),
					pageSize: options.pageSize,
					retentionDays: options.retentionDays,
					scopes: typeof credentials.scopes === 'string' ? credentials.scopes : '',
					labels: { Statuses: STATUSES_LABEL, 'Page Size': PAGE_SIZE_LABEL },
				},
				now,
			);
			if (timeRange === 'sinceLastSync' && (query.limit ?? Infinity) > p.maxPerRun) {
				// A first run over a long look-back would hold every conversation (and its run data)
				// in memory at once. Cut at the last record fetched, the window counts as covered up to
				// it, and the next run continues from the watermark.
				query.limit = p.maxPerRun;
			}
			budget ??= new WaitBudget(p['options.maxWaitSeconds'] * 1000);
			const policy = defaultRetryPolicy({ maxWaitMs: budget.totalMs, budget });
			const progress = () =>
				`${plural(fetched, 'conversation')} ${fetched === 1 ? 'was' : 'were'} fetched before this, in ${plural(state.pages, 'page')}; they are not output.`;
			const client = createCXoneClient(this, {
				credentials: shared,
				policy,
				stats,
				secrets,
				progress,
			});
			const fetchOptions = {
				waitBeforeRetry: budgetedBackoff(policy, sleep, stats, {
					label: api === 'v2' ? 'GET /api/v2/conversations' : 'GET /contacts',
					progress,
				}),
				maxPages: p['options.maxPages'],
				skipInvalidRecords: p['options.skipInvalidRecords'],
				includeRaw: p['options.includeRaw'],
				messageConcurrency: p['options.messageConcurrency'],
				yieldToEventLoop: async () => await sleep(0),
				channels,
			};
			let lastCreated: string | undefined;
			for await (const outcomes of fetchConversations(client, query, fetchOptions, state)) {
				for (const outcome of outcomes) {
					if (outcome.kind === 'conversation') {
						const first = seen.get(outcome.item.id);
						if (first !== undefined) {
							duplicates++;
							// Output in this run already: the window this query listed is covered up
							// to it (else a query whose records all came first for an earlier item
							// would cover nothing, and hold the watermark run after run).
							lastCreated = outcome.item.createdTimestamp;
							audit.record(
								'DUPLICATE_SKIPPED',
								{
									conversationId: outcome.item.id,
									createdTimestamp: outcome.item.createdTimestamp,
									outputForItem: first,
								},
								i,
							);
							continue;
						}
						seen.set(outcome.item.id, i);
						fetched++;
						lastCreated = outcome.item.createdTimestamp;
						conversations.push({ json: outcome.item as IDataObject, pairedItem: { item: i } });
					}
					auditEvent(audit, outcome, i);
				}
				audit.flush();
			}
			if (timeRange === 'sinceLastSync')
				recordFetchedWindow(this, query, fetched, lastCreated, state.items);
			totals.conversations += fetched;
			totals.duplicatesSkipped += duplicates;
			totals.rejected += state.items - fetched - duplicates;
			totals.pages += state.pages;
		} catch (error) {
			totals.failures++;
			totals.pages += state.pages;
			totals.duplicatesSkipped += duplicates;
			const nodeError = toNodeError(this, error, i, {
				secrets,
				recordFix: `Turn on "Skip Invalid Records" in the options to send such records to the Audit output as REJECTED and keep the rest. ${plural(fetched, 'conversation')} ${fetched === 1 ? 'was' : 'were'} fetched before it.`,
				progress:
					error instanceof ApiCallError || error instanceof RecordSchemaError
						? undefined
						: `${plural(fetched, 'conversation')} ${fetched === 1 ? 'was' : 'were'} fetched before the failure.`,
				unexpected: 'CXone request failed',
			});
			audit.event(
				'FETCH_FAILED',
				{
					error: nodeError.message,
					status: error instanceof ApiCallError ? (error.details.status ?? null) : null,
					fetchedBeforeFailure: fetched,
				},
				i,
			);
			if (!this.continueOnFail()) {
				// The chain head is not saved: this run's events reach no output, and a stored trail
				// must not point at records that were never stored.
				throw nodeError;
			}
			// The conversations fetched before the failure stay in the output; the error item says so.
			conversations.push({
				json: {
					error: nodeError.message,
					description: nodeError.description ?? '',
					fetchedBeforeFailure: fetched,
				},
				pairedItem: { item: i },
			});
		}
	}
	return [
		conversations,
		audit.close({
			api: api === 'v2' ? 'conversations-v2' : 'dfo-3.0',
			...totals,
			...stats.summary(),
			...tokens.summary(),
			durationMs: Date.now() - started,
		}),
	];
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function auditEvent(audit: AuditOutput, outcome: FetchOutcome, itemIndex: number): void {
	if (outcome.kind === 'conversation') {
		audit.record(
			'CONVERSATION_RETRIEVED',
			{
				conversationId: outcome.item.id,
				channel: outcome.item.channel,
				createdTimestamp: outcome.item.createdTimestamp,
			},
			itemIndex,
		);
		return;
	}
	audit.record(
		'RECORD_REJECTED',
		{ recordRef: outcome.recordRef, field: outcome.field, reason: outcome.reason },
		itemIndex,
	);
}
