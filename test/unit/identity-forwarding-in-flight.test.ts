import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IdentityForwardingDataSource } from '../../gateway/src/identity-forwarding';
import { gatewaySigningKeyEnv } from '../../services/shared/src/gateway-keys';
import type { Identity } from '../../services/shared/src/identity';
import { newSigningKeyPair } from '../../scripts/demo-keys';

const VIEWER: Identity = { subject: 'dashboard', role: 'viewer', anonymous: false };
const OFFICER: Identity = { subject: 'hn-officer', role: 'city-officer', cityCode: 'HN', anonymous: false };

/** A subgraph that holds every request until the test lets it answer, counting them. */
async function heldSubgraph() {
  const held: ServerResponse[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    request.resume();
    request.on('end', () => held.push(response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    received: () => held.length,
    answerAll: () => {
      for (const response of held.splice(0)) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ data: { cities: [{ code: 'HN' }] } }));
      }
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('identical subgraph fetches in flight', () => {
  let subgraph: Awaited<ReturnType<typeof heldSubgraph>>;
  let source: IdentityForwardingDataSource;

  beforeAll(async () => {
    subgraph = await heldSubgraph();
    const { privateJwk } = await newSigningKeyPair();
    const key = gatewaySigningKeyEnv({ GATEWAY_SIGNING_KEY: JSON.stringify(privateJwk) })!;
    source = new IdentityForwardingDataSource(
      { url: subgraph.url, fetcher: fetch as never },
      { key, audience: 'cooperation' },
    );
  });
  afterAll(async () => {
    await subgraph.close();
  });

  const ask = (query: string, identity: Identity) =>
    source.process({
      kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
      request: { query, variables: {} },
      context: { identity },
      incomingRequestContext: {} as never,
    });
  const until = async (count: number) => {
    for (let i = 0; i < 100 && subgraph.received() < count; i += 1)
      await new Promise((r) => setTimeout(r, 10));
  };

  it('sends one for the same query and identity, each asker getting its own copy', async () => {
    const answers = [ask('{ cities { code } }', VIEWER), ask('{ cities { code } }', VIEWER)];
    await until(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(subgraph.received()).toBe(1);
    subgraph.answerAll();
    const [first, second] = await Promise.all(answers);
    expect(second.data).toEqual(first.data);
    expect(second.data).not.toBe(first.data);
  });

  it('never shares between identities, nor a mutation', async () => {
    const answers = [
      ask('{ cities { code } }', VIEWER),
      ask('{ cities { code } }', OFFICER),
      ask('mutation { touch }', OFFICER),
      ask('mutation { touch }', OFFICER),
    ];
    await until(4);
    expect(subgraph.received()).toBe(4);
    subgraph.answerAll();
    await Promise.all(answers);
  });
});
