// The dashboard's only contract is schema/supergraph.graphql: codegen reads its API schema (the graph as
// clients see it, without the join__/link__ machinery) through Apollo's own supergraph reader.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { Supergraph } = require('@apollo/federation-internals');

const SUPERGRAPH_FILE = join(__dirname, '..', '..', 'schema', 'supergraph.graphql');

function apiSchema() {
  return Supergraph.build(readFileSync(SUPERGRAPH_FILE, 'utf8')).apiSchema().toGraphQLJSSchema();
}

module.exports = apiSchema;
module.exports.SUPERGRAPH_FILE = SUPERGRAPH_FILE;
