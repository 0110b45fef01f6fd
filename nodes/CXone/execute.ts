import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import {
	ApiCallError,
	InputValidationError,
	RecordSchemaError,
	errorMessage,
} from '../core/errors';
import { fetchConversations, type FetchOutcome } from '../core/cxone/fetch';
import { validateQuery, type ApiFlavour } from '../core/cxone/query';
import { RequestStats } from '../core/metrics';
import type { PaginationState } from '../core/pagination';
import { collectSecrets, redactSecrets } from '../core/redact';
import { defaultRetryPolicy } from '../core/retry';
import { auditItem, closeAuditTrail, openAuditTrail } from '../toolkit/audit';
import { readSyncWindow, recordFetchedWindow } from '../toolkit/watermark';
import { createCXoneClient, CREDENTIAL_TYPE } from './transport';
import { describeTransportError, transportFailureText } from '../core/transportErrors';

export { description } from './description';

interface RunTotals {
	conversations: number;
	rejected: number;
	pages: number;
	failures: number;
}

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const started = Date.now();
	const items = this.getInputData();
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const flavour: ApiFlavour = credentials.authentication === 'accessKey' ? 'dfo' : 'v2';
	const secrets = collectSecrets([
		credentials.clientSecret,
		credentials.accessKeySecret,
		credentials.accessToken,
	]);
	const stats = new RequestStats();
	const trail = openAuditTrail(this);
	const conversations: INodeExecutionData[] = [];
	const audit: INodeExecutionData[] = [];
	const totals: RunTotals = { conversations: 0, rejected: 0, pages: 0, failures: 0 };
	const channels = {};

	for (let i = 0; i < items.length; i++) {
		const state: PaginationState = { pages: 0, items: 0 };
		let fetched = 0;
		try {
			const options = this.getNodeParameter('options', i, {}) as IDataObject;
			const timeRange = this.getNodeParameter('timeRange', i) as string;
			const now = Date.now();
			const query = validateQuery(
				{
					flavour,
					timeRange,
					hours: timeRange === 'lastHours' ? this.getNodeParameter('hours', i) : undefined,
					days: timeRange === 'lastDays' ? this.getNodeParameter('days', i) : undefined,
					from: timeRange === 'between' ? this.getNodeParameter('from', i) : undefined,
					to: timeRange === 'between' ? this.getNodeParameter('to', i) : undefined,
					sinceMs: timeRange === 'sinceLastSync' ? readSyncWindow(this, i, now) : undefined,
					channelTypes: this.getNodeParameter('channelTypes', i, []),
					customChannelTypes: this.getNodeParameter('customChannelTypes', i, ''),
					conversationIds: this.getNodeParameter('conversationIds', i, ''),
					statuses: this.getNodeParameter('statuses', i, []),
					returnAll: this.getNodeParameter('returnAll', i, false),
					limit: this.getNodeParameter('limit', i, 50),
					pageSize: options.pageSize,
					retentionDays: options.retentionDays,
					scopes: typeof credentials.scopes === 'string' ? credentials.scopes : '',
				},
				now,
			);
			const client = createCXoneClient(this, {
				policy: defaultRetryPolicy({ maxWaitMs: Number(options.maxWaitSeconds ?? 300) * 1000 }),
				stats,
				secrets,
				progress: () =>
					`${fetched} conversations were fetched before this, in ${state.pages} pages; they are not output.`,
			});
			const fetchOptions = {
				maxPages: Number(options.maxPages ?? 10000),
				skipInvalidRecords: options.skipInvalidRecords === true,
				includeRaw: options.includeRaw === true,
				messageConcurrency: Number(options.messageConcurrency ?? 4),
				yieldToEventLoop: async () => await sleep(0),
				channels,
			};
			let lastCreated: string | undefined;
			for await (const outcomes of fetchConversations(client, query, fetchOptions, state)) {
				for (const outcome of outcomes) {
					if (outcome.kind === 'conversation') {
						fetched++;
						lastCreated = outcome.item.createdTimestamp;
						conversations.push({ json: outcome.item as IDataObject, pairedItem: { item: i } });
					}
					audit.push(auditItem(auditEventFor(trail, outcome), i));
				}
			}
			if (timeRange === 'sinceLastSync') recordFetchedWindow(this, query, fetched, lastCreated);
			totals.conversations += fetched;
			totals.rejected += state.items - fetched;
			totals.pages += state.pages;
		} catch (error) {
			totals.failures++;
			totals.pages += state.pages;
			const nodeError = toNodeError(this, error, i, secrets, fetched);
			audit.push(
				auditItem(
					trail.event('FETCH_FAILED', {
						error: nodeError.message,
						status: error instanceof ApiCallError ? (error.details.status ?? null) : null,
						fetchedBeforeFailure: fetched,
					}),
					i,
				),
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
	audit.push(auditItem(trail.metrics(metricsFields(flavour, totals, stats, started)), 0));
	closeAuditTrail(this, trail);
	return [conversations, audit];
}

function auditEventFor(trail: ReturnType<typeof openAuditTrail>, outcome: FetchOutcome) {
	if (outcome.kind === 'conversation') {
		return trail.event('CONVERSATION_RETRIEVED', {
			conversationId: outcome.item.id,
			channel: outcome.item.channel,
			createdTimestamp: outcome.item.createdTimestamp,
		});
	}
	return trail.event('RECORD_REJECTED', {
		recordRef: outcome.recordRef,
		field: outcome.field,
		reason: outcome.reason,
	});
}

function metricsFields(
	flavour: ApiFlavour,
	totals: RunTotals,
	stats: RequestStats,
	started: number,
) {
	return {
		api: flavour === 'v2' ? 'conversations-v2' : 'dfo-3.0',
		...totals,
		...stats.summary(),
		durationMs: Date.now() - started,
	};
}

function toNodeError(
	ctx: IExecuteFunctions,
	error: unknown,
	itemIndex: number,
	secrets: string[],
	fetched: number,
) {
	const node = ctx.getNode();
	if (error instanceof InputValidationError) {
		return new NodeOperationError(node, error.message, { itemIndex, description: error.fix });
	}
	if (error instanceof RecordSchemaError) {
		return new NodeApiError(
			node,
			{},
			{
				itemIndex,
				message: redactSecrets(error.message, secrets),
				description: `Turn on "Skip Invalid Records" in the options to send such records to the Audit output as REJECTED and keep the rest. ${fetched} conversations were fetched before it.`,
			},
		);
	}
	if (error instanceof ApiCallError) {
		const { status, hint } = error.details;
		return new NodeApiError(
			node,
			{},
			{
				itemIndex,
				message: redactSecrets(error.message, secrets),
				description: hint,
				httpCode: status ? String(status) : undefined,
			},
		);
	}
	if (error instanceof NodeOperationError || error instanceof NodeApiError) {
		error.message = redactSecrets(error.message, secrets);
		if (error.description) error.description = redactSecrets(error.description, secrets);
		return error;
	}
	const transport = describeTransportError(error);
	return new NodeApiError(
		node,
		{},
		{
			itemIndex,
			message: redactSecrets(
				`CXone request failed: ${transport ? transportFailureText(transport) : errorMessage(error)}`,
				secrets,
			),
			description: `${transport ? `${transport.check} ` : ''}${fetched} conversations were fetched before the failure.`,
		},
	);
}
