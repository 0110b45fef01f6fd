'use strict';
// The end-to-end pipeline as n8n imports it: credentials pointing at the local CXone simulator and
// ticket sink, and a workflow Manual Trigger -> CXone: Get Conversations -> Classify Urgency ->
// Ticket Batch Upsert, with HIGH conversations also posted to a Slack stand-in.
const PKG = 'n8n-nodes-cxone-social-inbox';

const NAMES = {
	trigger: 'Manual Trigger',
	get: 'CXone: Get Conversations',
	classify: 'Classify Urgency',
	upsert: 'Ticket Batch Upsert',
	filter: 'Only HIGH',
	slack: 'Post to Slack',
};

// n8n ids: 16 characters, letters and digits.
const IDS = {
	workflow: 'e2eCxonePipeline',
	cxone: 'e2eCxoneSandbox1',
	ticketing: 'e2eTicketSink001',
};

const SLACK_PATH = '/services/T0E2E/B0E2E/pipeline';

function credentials({ sandboxUrl, sinkUrl }) {
	return [
		{
			id: IDS.cxone,
			name: 'CXone sandbox (v2)',
			type: 'cxoneApi',
			data: {
				authentication: 'oauth2ClientCredentials',
				environment: sandboxUrl,
				tokenUrl: '',
				clientId: 'sandbox-client',
				clientSecret: 'sandbox-secret-v2',
				scopes: 'conversations:read social:read',
				accessToken: '',
				resolvedBaseUrl: '',
			},
		},
		{
			id: IDS.ticketing,
			name: 'Ticket sink',
			type: 'ticketingApi',
			data: { baseUrl: sinkUrl, authType: 'bearer', token: 'sink-token', testPath: '/' },
		},
	];
}

// auditDetail: the nodes' Audit Detail option; 'record' unless given (the end-to-end assertions
// read one audit event per record), null for the nodes' default.
function workflow({ slackUrl, pageSize = 50, batchSize = 50, auditDetail = 'record' }) {
	const audit = auditDetail ? { auditDetail } : {};
	const nodes = [
		{
			id: 'a1000000-0000-4000-8000-000000000001',
			name: NAMES.trigger,
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: 'a1000000-0000-4000-8000-000000000002',
			name: NAMES.get,
			type: `${PKG}.cxone`,
			typeVersion: 1,
			position: [240, 0],
			parameters: {
				resource: 'conversation',
				operation: 'getConversations',
				timeRange: 'lastDays',
				days: 31,
				returnAll: true,
				options: { pageSize, ...audit },
			},
			credentials: { cxoneApi: { id: IDS.cxone, name: 'CXone sandbox (v2)' } },
		},
		{
			id: 'a1000000-0000-4000-8000-000000000003',
			name: NAMES.classify,
			type: `${PKG}.classifyUrgency`,
			typeVersion: 1,
			position: [500, 0],
			parameters: { mode: 'addFields', options: { ...audit } },
		},
		{
			id: 'a1000000-0000-4000-8000-000000000004',
			name: NAMES.upsert,
			type: `${PKG}.ticketBatchUpsert`,
			typeVersion: 1,
			position: [780, -120],
			parameters: {
				target: 'generic',
				authentication: 'ticketingApi',
				url: '/tickets/batch',
				method: 'POST',
				batchSize,
				options: { maxWaitSeconds: 60, ...audit },
			},
			credentials: { ticketingApi: { id: IDS.ticketing, name: 'Ticket sink' } },
		},
		{
			id: 'a1000000-0000-4000-8000-000000000005',
			name: NAMES.filter,
			type: 'n8n-nodes-base.filter',
			typeVersion: 2.2,
			position: [780, 120],
			parameters: {
				conditions: {
					options: { caseSensitive: true, leftValue: '', typeValidation: 'strict', version: 2 },
					conditions: [
						{
							id: 'b1000000-0000-4000-8000-000000000001',
							leftValue: '={{ $json.priority }}',
							rightValue: 'HIGH',
							operator: { type: 'string', operation: 'equals' },
						},
					],
					combinator: 'and',
				},
				options: {},
			},
		},
		{
			id: 'a1000000-0000-4000-8000-000000000006',
			name: NAMES.slack,
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			position: [1020, 120],
			parameters: {
				method: 'POST',
				url: `${slackUrl}${SLACK_PATH}`,
				sendBody: true,
				specifyBody: 'json',
				jsonBody:
					'={{ JSON.stringify({ text: "Urgent " + $json.channel + " conversation: " + ($json.subject || "(no subject)"), conversation_id: $json.id, score: $json.urgency.score }) }}',
				options: {},
			},
		},
	];
	const to = (node, index = 0) => ({ node, type: 'main', index });
	return {
		id: IDS.workflow,
		name: 'CXone social inbox to tickets (end-to-end)',
		active: false,
		nodes,
		connections: {
			[NAMES.trigger]: { main: [[to(NAMES.get)]] },
			[NAMES.get]: { main: [[to(NAMES.classify)], []] },
			[NAMES.classify]: { main: [[to(NAMES.upsert), to(NAMES.filter)], []] },
			[NAMES.filter]: { main: [[to(NAMES.slack)]] },
		},
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/**
 * The CXone Trigger as the runs with n8n's own polling import it (test:e2e:trigger, and the trigger
 * variant of test:e2e:queue): New Conversation on the v2 credential, Poll Times every minute (n8n's
 * shortest interval), no look-back on the first activation, `options` added to that.
 */
function cxoneTriggerNode({ id, name = 'CXone Trigger', position = [0, 0], options = {} }) {
	return {
		id,
		name,
		type: `${PKG}.cxoneTrigger`,
		typeVersion: 1,
		position,
		parameters: {
			pollTimes: { item: [{ mode: 'everyMinute' }] },
			event: 'newConversation',
			options: { lookbackHours: 0, ...options },
		},
		credentials: { cxoneApi: { id: IDS.cxone, name: 'CXone sandbox (v2)' } },
	};
}

module.exports = { PKG, NAMES, IDS, SLACK_PATH, credentials, workflow, cxoneTriggerNode };
