'use strict';
// Programmatic entry point: the pure core (CXone query validation and normalisers, pagination,
// retry policy, urgency engine, audit trail verifier), usable without an n8n runtime.
module.exports = require('./dist/nodes/core/index.js');
