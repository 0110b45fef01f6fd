/**
 * The pure core of n8n-nodes-cxone-social-inbox: no n8n runtime needed. `index.js` at the package
 * root re-exports this module.
 */
export * from './errors';
export * from './redact';
export * from './metrics';
export * from './retry';
export * from './transportErrors';
export * from './pagination';
export * from './concurrency';
export * from './hash';
export * from './url';
export * from './fieldPath';
export * from './sync';
export * from './audit';
export * from './cxone/channels';
export * from './cxone/dfo';
export * from './cxone/query';
export * from './cxone/schemas';
export * from './cxone/normalise';
export * from './cxone/fetch';
export * from './cxone/auth';
export * from './urgency';
export * from './tickets/types';
export * from './tickets/deliver';
export * from './tickets/generic';
export * from './tickets/hubspot';
export * from './tickets/mapping';
