import process from 'node:process';

/**
 * Hive Gateway's settings for the peer comparison of `npm run bench` (scripts/bench/peer-gateways.ts).
 * The subgraphs answer only an identity the hub's gateway signed (x-hub-identity); Hive cannot sign
 * one, so the bench client sends it, signed in advance for each subgraph, as
 * x-bench-identity-<subgraph>, and Hive passes the right one on. Everything else is Hive's default,
 * in-flight deduplication of identical subgraph requests included; BENCH_HIVE_DEDUPLICATION=off
 * turns that off, to show how much of Hive's lead it is.
 */
const deduplicate = process.env.BENCH_HIVE_DEDUPLICATION !== 'off';

export const gatewayConfig = {
  propagateHeaders: {
    fromClientToSubgraphs({ request, subgraphName }) {
      const identity = request.headers.get(`x-bench-identity-${subgraphName}`);
      return identity ? { 'x-hub-identity': identity } : undefined;
    },
  },
  ...(deduplicate
    ? {}
    : { transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } } }),
};
