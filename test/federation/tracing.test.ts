import { randomBytes } from 'node:crypto';
import { createServer, Server, Socket } from 'node:net';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter, ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { createSubgraphFetcher } from '../../gateway/src/subgraph-fetcher';
import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { ENGINE } from '../../scripts/throwaway-databases';
import { captureLogs, CapturedLogs } from '../../services/shared/src/logging';
import { startTracing } from '../../services/shared/src/tracing';

const PARTNERSHIP = `query PartnershipMembers {
  schoolPartnership(id: "newton-cat-ba") {
    unitA { cityCode name members(first: 2) { edges { node { fullName phone } } } }
    unitB { cityCode name }
  }
}`;

const RECORD_PARTNERSHIP = `mutation RecordTwinning {
  recordSchoolPartnership(input: { unitA: { cityCode: "HN", id: "hn-thcs-thpt-newton" },
    unitB: { cityCode: "HP", id: "hp-thpt-cat-ba" }, startedOn: "2026-11-20" }) { id }
}`;

const CLIENT_SPAN_ID = '00f067aa0ba902b7';
const newTraceId = () => randomBytes(16).toString('hex');
const serviceOf = (span: ReadableSpan) => span.resource.attributes['service.name'];
const idOf = (span: ReadableSpan) => span.spanContext().spanId;

/** Spans end as their responses close, which may be just after the client has its answer: wait. */
async function spansOf(exporter: InMemorySpanExporter, traceId: string, servers: string[]) {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const spans = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
    const serving = new Set(spans.filter((s) => s.kind === SpanKind.SERVER).map(serviceOf));
    if (servers.every((service) => serving.has(service))) return spans;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no SERVER spans of ${servers.join(', ')} arrived in trace ${traceId}`);
}

/** The spans above `span`, nearest first (within the spans given). */
function ancestorsOf(span: ReadableSpan, spans: ReadableSpan[]): ReadableSpan[] {
  const chain: ReadableSpan[] = [];
  let parentId = span.parentSpanContext?.spanId;
  for (let parent = spans.find((s) => idOf(s) === parentId); parent;) {
    chain.push(parent);
    parentId = parent.parentSpanContext?.spanId;
    parent = spans.find((s) => idOf(s) === parentId);
  }
  return chain;
}

async function post(url: string, query: string, headers: Record<string, string>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: any; errors?: any[] };
}

describe(`traces across the federation (${ENGINE})`, () => {
  const exporter = new InMemorySpanExporter();
  let federation: RunningFederation;
  let logs: CapturedLogs;
  let officer: string;

  beforeAll(async () => {
    logs = captureLogs();
    federation = await startFederation({ spanExporter: exporter });
    officer = await federation.tokenFor({ sub: 'hn-officer', role: 'city-officer', city: 'HN' });
  });
  afterAll(async () => {
    await federation?.close();
    logs?.stop();
  });

  it('makes one query touching HN, HP and cooperation one trace, from the client’s traceparent to each database', async () => {
    const traceId = newTraceId();
    const body = await post(federation.gatewayUrl, PARTNERSHIP, {
      authorization: `Bearer ${officer}`,
      traceparent: `00-${traceId}-${CLIENT_SPAN_ID}-01`,
      'x-request-id': 'trace-test-0001',
    });
    expect(body.errors).toBeUndefined();
    const spans = await spansOf(exporter, traceId, ['gateway', 'cooperation', 'city-HN', 'city-HP']);

    // Every service's SERVER span for this request joined the client's trace: none started its own.
    const ofRequest = exporter
      .getFinishedSpans()
      .filter(
        (span) => span.kind === SpanKind.SERVER && span.attributes['hub.request_id'] === 'trace-test-0001',
      );
    expect(new Set(ofRequest.map(serviceOf))).toEqual(
      new Set(['gateway', 'cooperation', 'city-HN', 'city-HP']),
    );
    expect(ofRequest.every((span) => span.spanContext().traceId === traceId)).toBe(true);
    expect(new Set(spans.map(serviceOf))).toEqual(new Set(['gateway', 'cooperation', 'city-HN', 'city-HP']));

    const servers = spans.filter((span) => span.kind === SpanKind.SERVER);
    const gatewayServer = servers.find((span) => serviceOf(span) === 'gateway')!;
    expect(gatewayServer.parentSpanContext?.spanId).toBe(CLIENT_SPAN_ID);
    expect(gatewayServer.name).toBe('POST /graphql');
    expect(gatewayServer.attributes).toMatchObject({
      'http.request.method': 'POST',
      'url.path': '/graphql',
      'http.response.status_code': 200,
      'graphql.operation.name': 'PartnershipMembers',
      'graphql.operation.type': 'query',
      'hub.request_id': 'trace-test-0001',
    });
    // @apollo/gateway's own spans join in (the gateway's provider is the global one).
    expect(spans.some((span) => span.name === 'gateway.request' && serviceOf(span) === 'gateway')).toBe(true);

    // Each subgraph's SERVER span is the child of the gateway's CLIENT span for that deployment.
    for (const [service, deployment] of [
      ['cooperation', 'cooperation'],
      ['city-HN', 'city:HN'],
      ['city-HP', 'city:HP'],
    ]) {
      const serving = servers.filter((span) => serviceOf(span) === service);
      expect(serving.length).toBeGreaterThan(0);
      for (const server of serving) {
        const parent = spans.find((span) => idOf(span) === server.parentSpanContext?.spanId);
        expect(parent).toMatchObject({ kind: SpanKind.CLIENT, name: `POST ${deployment}` });
        expect(serviceOf(parent!)).toBe('gateway');
        expect(parent!.attributes).toMatchObject({
          'hub.deployment': deployment,
          'http.response.status_code': 200,
        });
        expect(ancestorsOf(parent!, spans)).toContain(gatewayServer);
      }
    }

    // Each city's SQL statements are CLIENT spans under that city's SERVER span.
    const system = ENGINE === 'sqlite' ? 'sqlite' : 'mysql';
    for (const city of ['city-HN', 'city-HP']) {
      const statements = spans.filter((span) => serviceOf(span) === city && span.attributes['db.query.text']);
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        expect(statement.kind).toBe(SpanKind.CLIENT);
        expect(statement.attributes).toMatchObject({ 'db.system.name': system, 'db.system': system });
        const server = ancestorsOf(statement, spans).find((span) => span.kind === SpanKind.SERVER);
        expect(server && serviceOf(server)).toBe(city);
      }
    }

    // The members' names and phones the query returned are in no span (statements carry `?`).
    const recorded = JSON.stringify(spans.map((span) => span.attributes));
    for (const { node } of body.data.schoolPartnership.unitA.members.edges) {
      expect(recorded).not.toContain(node.fullName);
      if (node.phone) expect(recorded).not.toContain(node.phone);
    }

    // The gateway's log line for the request carries the trace id, so that logs and traces join.
    const line = logs.lines.find((l) => l.requestId === 'trace-test-0001' && l.service === 'gateway');
    expect(line).toMatchObject({ operation: 'PartnershipMembers', traceId });
  });

  it('follows a write whose reference check goes back through the gateway, under one request id', async () => {
    const traceId = newTraceId();
    const requestId = 'trace-test-0002';
    const body = await post(federation.gatewayUrl, RECORD_PARTNERSHIP, {
      authorization: `Bearer ${officer}`,
      traceparent: `00-${traceId}-${CLIENT_SPAN_ID}-01`,
      'x-request-id': requestId,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.recordSchoolPartnership.id).toEqual(expect.any(String));
    const spans = await spansOf(exporter, traceId, ['gateway', 'cooperation', 'city-HN', 'city-HP']);

    // The hub's call back to the gateway is its CLIENT span, parent of a second gateway SERVER span.
    const callBack = spans.find(
      (span) =>
        serviceOf(span) === 'cooperation' && span.kind === SpanKind.CLIENT && span.name === 'POST gateway',
    );
    expect(callBack).toBeDefined();
    const check = spans.find((span) => span.parentSpanContext?.spanId === idOf(callBack!));
    expect(check).toMatchObject({ kind: SpanKind.SERVER, name: 'POST /graphql' });
    expect(serviceOf(check!)).toBe('gateway');
    expect(check!.attributes).toMatchObject({
      'graphql.operation.name': 'HubReferenceCheck',
      'hub.request_id': requestId,
    });
    // …and the cities asked for the check answer inside it.
    const checked = spans.filter(
      (span) => span.kind === SpanKind.SERVER && ancestorsOf(span, spans).includes(check!),
    );
    expect(new Set(checked.map(serviceOf))).toEqual(new Set(['city-HN', 'city-HP']));

    // The gateway logged the check under the write's request id, as did each city it asked.
    const lines = logs.lines.filter((line) => line.requestId === requestId);
    expect(
      lines
        .filter((line) => line.service === 'gateway')
        .map((line) => line.operation)
        .sort(),
    ).toEqual(['HubReferenceCheck', 'RecordTwinning']);
    for (const service of ['cooperation', 'city:HN', 'city:HP']) {
      expect(lines.some((line) => line.service === service)).toBe(true);
    }
  });

  it('traces neither health checks nor metrics scrapes', async () => {
    exporter.reset();
    const origin = federation.gatewayUrl.replace(/\/graphql$/, '');
    expect((await fetch(`${origin}/health/ready`)).status).toBe(200);
    expect((await fetch(`${origin}/metrics`)).status).toBe(200);
    expect((await fetch(`${federation.cityUrls.HN.replace(/\/graphql$/, '')}/health/ready`)).status).toBe(
      200,
    );
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});

describe('a subgraph call that times out', () => {
  let silent: Server;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    // Accepts the connection and never answers, like a city that hangs.
    silent = createServer((socket) => void sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('ends its CLIENT span as an error', async () => {
    const exporter = new InMemorySpanExporter();
    const tracing = startTracing('gateway', {}, { exporter });
    const { fetcherFor, close } = createSubgraphFetcher(50, tracing.tracer);
    const { port } = silent.address() as { port: number };
    try {
      await tracing.tracer!.startActiveSpan('request', async (request) => {
        const fetcher = fetcherFor('city:QN');
        await expect(
          fetcher(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: {}, body: '{}' }),
        ).rejects.toThrow();
        request.end();
      });
      const call = exporter.getFinishedSpans().find((span) => span.name === 'POST city:QN');
      expect(call).toMatchObject({
        kind: SpanKind.CLIENT,
        status: { code: SpanStatusCode.ERROR },
        attributes: expect.objectContaining({ 'hub.city_code': 'QN', 'error.type': 'TimeoutError' }),
      });
    } finally {
      await close();
      await tracing.shutdown();
    }
  });
});
