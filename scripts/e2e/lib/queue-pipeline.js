'use strict';
// The queue-mode pipeline as n8n imports it: a Schedule Trigger every few seconds, CXone: Get
// Conversations since the last successful sync, Classify Urgency, Ticket Batch Upsert, and the
// Audit outputs of all three written to a PostgreSQL table by n8n's own Postgres node, the
// database a queue-mode instance already runs. The trigger variant starts the same nodes from the
// CXone Trigger, whose audit items come on its one output and are routed to the same table.
const { PKG, IDS, credentials: pipelineCredentials, cxoneTriggerNode } = require('./pipeline');

const NAMES = {
	schedule: 'Every few seconds',
	trigger: 'CXone Trigger',
	route: 'Audit Item?',
	get: 'CXone: Get Conversations',
	classify: 'Classify Urgency',
	upsert: 'Ticket Batch Upsert',
	audit: 'Store Audit',
};

const QUEUE_IDS = {
	workflow: 'e2eQueuePipeline',
	trigger: 'e2eQueueTrigger1',
	capacity: 'e2eQueueCapacity',
	postgres: 'e2eAuditPostgres',
};

const CAPACITY_PATH = 'cxone-queue-capacity';

const AUDIT_TABLE = 'cxone_audit';

// One row per audit record: the fields the checks query by, and the record itself, unchanged, so
// its hash can be recomputed from what the database holds.
const AUDIT_TABLE_SQL = `CREATE TABLE ${AUDIT_TABLE} (
	id bigserial PRIMARY KEY,
	execution_id text NOT NULL,
	node text NOT NULL,
	seq integer NOT NULL,
	kind text NOT NULL,
	action text NOT NULL,
	hash text NOT NULL,
	prev_hash text NOT NULL,
	record jsonb NOT NULL,
	stored_at timestamptz NOT NULL DEFAULT clock_timestamp()
);`;

function credentials({ sandboxUrl, sinkUrl, postgres }) {
	return [
		...pipelineCredentials({ sandboxUrl, sinkUrl }),
		{
			id: QUEUE_IDS.postgres,
			name: 'Audit database',
			type: 'postgres',
			data: {
				host: '127.0.0.1',
				port: postgres.port,
				database: postgres.database,
				user: postgres.user,
				password: postgres.password,
				ssl: 'disable',
				allowUnauthorizedCerts: false,
				maxConnections: 4,
			},
		},
	];
}

const position = (x, y = 0) => [x, y];

function scheduleTrigger(everySeconds) {
	return {
		id: 'c1000000-0000-4000-8000-000000000001',
		name: NAMES.schedule,
		type: 'n8n-nodes-base.scheduleTrigger',
		typeVersion: 1.2,
		position: position(0),
		parameters: { rule: { interval: [{ field: 'seconds', secondsInterval: everySeconds }] } },
	};
}

/**
 * The trigger variant's source: the CXone Trigger polling every minute (n8n's shortest interval;
 * in queue mode main polls and a worker runs each execution), no look-back on activation, its
 * audit events and metrics as items on its output (`kind` "audit" or "metrics").
 */
function cxoneTrigger({ pageSize, overlapMinutes }) {
	return cxoneTriggerNode({
		id: 'c1000000-0000-4000-8000-000000000001',
		name: NAMES.trigger,
		position: position(0),
		options: { overlapMinutes, pageSize, includeAudit: true },
	});
}

/** The trigger's one output carries conversations and audit items: true (audit) or false. */
function auditRoute() {
	return {
		id: 'c1000000-0000-4000-8000-000000000006',
		name: NAMES.route,
		type: 'n8n-nodes-base.if',
		typeVersion: 2.2,
		position: position(240),
		parameters: {
			conditions: {
				options: { caseSensitive: true, leftValue: '', typeValidation: 'strict', version: 2 },
				conditions: [
					{
						id: 'c2000000-0000-4000-8000-000000000001',
						leftValue: "={{ $json.kind === 'audit' || $json.kind === 'metrics' }}",
						rightValue: '',
						operator: { type: 'boolean', operation: 'true', singleValue: true },
					},
				],
				combinator: 'and',
			},
			options: {},
		},
	};
}

function getConversations({ pageSize, overlapMinutes }) {
	return {
		id: 'c1000000-0000-4000-8000-000000000002',
		name: NAMES.get,
		type: `${PKG}.cxone`,
		typeVersion: 1,
		position: position(240),
		parameters: {
			resource: 'conversation',
			operation: 'getConversations',
			timeRange: 'sinceLastSync',
			initialLookbackHours: 1,
			overlapMinutes,
			returnAll: true,
			options: { pageSize, auditDetail: 'record' },
		},
		credentials: { cxoneApi: { id: IDS.cxone, name: 'CXone sandbox (v2)' } },
	};
}

function workflow({
	everySeconds = 10,
	pageSize = 25,
	batchSize = 25,
	overlapMinutes = 1,
	trigger = 'schedule',
} = {}) {
	const polled = trigger === 'cxoneTrigger';
	if (!polled && trigger !== 'schedule') throw new Error(`unknown trigger variant '${trigger}'`);
	const nodes = [
		...(polled
			? [cxoneTrigger({ pageSize, overlapMinutes }), auditRoute()]
			: [scheduleTrigger(everySeconds), getConversations({ pageSize, overlapMinutes })]),
		{
			id: 'c1000000-0000-4000-8000-000000000003',
			name: NAMES.classify,
			type: `${PKG}.classifyUrgency`,
			typeVersion: 1,
			position: position(500),
			// The checks read one audit event per record (see queue-assertions.js).
			parameters: { mode: 'addFields', options: { auditDetail: 'record' } },
		},
		{
			id: 'c1000000-0000-4000-8000-000000000004',
			name: NAMES.upsert,
			type: `${PKG}.ticketBatchUpsert`,
			typeVersion: 1,
			position: position(780),
			parameters: {
				target: 'generic',
				authentication: 'ticketingApi',
				url: '/tickets/batch',
				method: 'POST',
				batchSize,
				options: { maxWaitSeconds: 60, auditDetail: 'record' },
			},
			credentials: { ticketingApi: { id: IDS.ticketing, name: 'Ticket sink' } },
		},
		{
			id: 'c1000000-0000-4000-8000-000000000005',
			name: NAMES.audit,
			type: 'n8n-nodes-base.postgres',
			typeVersion: 2.6,
			// Above the main line: n8n (execution order v1) runs the top branch of an output first, so
			// each node's records are stored before the next node runs, and an execution stopped on the
			// way (a worker killed) leaves a trail that starts where the chain does.
			position: position(1040, -260),
			parameters: {
				operation: 'executeQuery',
				query: `INSERT INTO ${AUDIT_TABLE} (execution_id, node, seq, kind, action, hash, prev_hash, record) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
				options: {
					// A trigger's poll has no execution yet (its records name none): the execution they
					// started is this one.
					queryReplacement:
						'={{ [$json.actor.executionId || $execution.id, $json.actor.nodeName, $json.seq, $json.kind, $json.action, $json.hash, $json.prevHash, $json] }}',
					// One transaction per Audit output: a run's records are stored together or not at all.
					queryBatching: 'transaction',
				},
			},
			credentials: { postgres: { id: QUEUE_IDS.postgres, name: 'Audit database' } },
		},
	];
	const to = (node, index = 0) => ({ node, type: 'main', index });
	const audit = [to(NAMES.audit)];
	const connections = {
		...(polled
			? {
					[NAMES.trigger]: { main: [[to(NAMES.route)]] },
					[NAMES.route]: { main: [audit, [to(NAMES.classify)]] },
				}
			: {
					[NAMES.schedule]: { main: [[to(NAMES.get)]] },
					[NAMES.get]: { main: [[to(NAMES.classify)], audit] },
				}),
		[NAMES.classify]: { main: [[to(NAMES.upsert)], audit] },
		[NAMES.upsert]: { main: [[], [], audit] },
	};
	return {
		id: polled ? QUEUE_IDS.trigger : QUEUE_IDS.workflow,
		name: `CXone social inbox to tickets (queue mode${polled ? ', CXone Trigger' : ''})`,
		active: false,
		nodes,
		connections,
		settings: { executionOrder: 'v1', saveDataSuccessExecution: 'all' },
		pinData: {},
	};
}

/**
 * The same pipeline with a fixed amount of work per execution, for measuring what one worker and
 * two can do: started by a webhook (main answers at once and queues the execution), Get
 * Conversations over the last hour (the whole stream, once it has ended), same nodes after it.
 */
function capacityWorkflow(options = {}) {
	const base = workflow(options);
	const webhook = {
		id: 'c1000000-0000-4000-8000-000000000011',
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: position(0),
		webhookId: 'c1000000-0000-4000-8000-0000000000aa',
		parameters: {
			httpMethod: 'POST',
			path: CAPACITY_PATH,
			responseMode: 'onReceived',
			options: {},
		},
	};
	const nodes = base.nodes.map((node) => {
		if (node.name === NAMES.schedule) return webhook;
		if (node.name !== NAMES.get) return node;
		const { initialLookbackHours, overlapMinutes, ...parameters } = node.parameters;
		return { ...node, parameters: { ...parameters, timeRange: 'lastHours', hours: 1 } };
	});
	const { [NAMES.schedule]: trigger, ...connections } = base.connections;
	return {
		...base,
		id: QUEUE_IDS.capacity,
		name: 'CXone social inbox to tickets (queue mode, capacity)',
		nodes,
		connections: { ...connections, [webhook.name]: trigger },
	};
}

module.exports = {
	NAMES,
	QUEUE_IDS,
	CAPACITY_PATH,
	AUDIT_TABLE,
	AUDIT_TABLE_SQL,
	credentials,
	workflow,
	capacityWorkflow,
};
