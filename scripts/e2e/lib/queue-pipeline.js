'use strict';
// The queue-mode pipeline as n8n imports it: a Schedule Trigger every few seconds, CXone: Get
// Conversations since the last successful sync, Classify Urgency, Ticket Batch Upsert, and the
// Audit outputs of all three written to a PostgreSQL table by n8n's own Postgres node, the
// database a queue-mode instance already runs.
const { PKG, IDS, credentials: pipelineCredentials } = require('./pipeline');

const NAMES = {
	schedule: 'Every few seconds',
	trigger: 'CXone Trigger',
	get: 'CXone: Get Conversations',
	classify: 'Classify Urgency',
	upsert: 'Ticket Batch Upsert',
	audit: 'Store Audit',
};

const QUEUE_IDS = {
	workflow: 'e2eQueuePipeline',
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
 * The trigger variant: a CXone Trigger node in place of Schedule Trigger > Get Conversations.
 * Returns undefined while the package has no trigger node; queue.js then runs the schedule
 * variant only and says so. When the trigger node lands, return it here (its node type is
 * `${PKG}.<name>` as the packed package.json lists it) with the same polling interval, and the
 * connections below feed its output into Classify Urgency and its Audit output into Store Audit.
 */
function cxoneTrigger(/* { everySeconds, pageSize, overlapMinutes, nodeTypes } */) {
	return undefined;
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
	const source =
		trigger === 'cxoneTrigger'
			? cxoneTrigger({ everySeconds, pageSize, overlapMinutes })
			: scheduleTrigger(everySeconds);
	if (!source) {
		throw new Error(
			`trigger variant '${trigger}' is not built yet: cxoneTrigger() in scripts/e2e/lib/queue-pipeline.js is a stub (the trigger runs in npm run test:e2e:trigger)`,
		);
	}
	const nodes = [
		source,
		...(trigger === 'schedule' ? [getConversations({ pageSize, overlapMinutes })] : []),
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
			position: position(1040, 260),
			parameters: {
				operation: 'executeQuery',
				query: `INSERT INTO ${AUDIT_TABLE} (execution_id, node, seq, kind, action, hash, prev_hash, record) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
				options: {
					queryReplacement:
						'={{ [$json.actor.executionId, $json.actor.nodeName, $json.seq, $json.kind, $json.action, $json.hash, $json.prevHash, $json] }}',
					// One transaction per Audit output: a run's records are stored together or not at all.
					queryBatching: 'transaction',
				},
			},
			credentials: { postgres: { id: QUEUE_IDS.postgres, name: 'Audit database' } },
		},
	];
	const to = (node, index = 0) => ({ node, type: 'main', index });
	const audit = [to(NAMES.audit)];
	const head = trigger === 'schedule' ? NAMES.get : source.name;
	const connections = {
		[head]: { main: [[to(NAMES.classify)], audit] },
		[NAMES.classify]: { main: [[to(NAMES.upsert)], audit] },
		[NAMES.upsert]: { main: [[], [], audit] },
	};
	if (trigger === 'schedule') connections[NAMES.schedule] = { main: [[to(NAMES.get)]] };
	return {
		id: QUEUE_IDS.workflow,
		name: 'CXone social inbox to tickets (queue mode)',
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
