import type { IncomingHttpHeaders } from 'node:http';
import {
  Attributes,
  context,
  Context,
  defaultTextMapGetter,
  defaultTextMapSetter,
  ROOT_CONTEXT,
  Span,
  SpanKind,
  SpanStatusCode,
  trace,
  Tracer,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_SERVER_ADDRESS,
  ATTR_SERVER_PORT,
  ATTR_URL_FULL,
  ATTR_URL_PATH,
} from '@opentelemetry/semantic-conventions';

/*
 * The spans of HTTP between the services: a SERVER span per request a service answers (its caller's
 * W3C `traceparent` as parent) and a CLIENT span per call it makes (its context sent on in
 * `traceparent`). The tracer comes from tracing.ts; without one nothing here runs.
 */

/** Still "incubating" in the semantic conventions package, whose docs ask for a copy, not an import. */
const ATTR_GRAPHQL_OPERATION_NAME = 'graphql.operation.name';
const ATTR_GRAPHQL_OPERATION_TYPE = 'graphql.operation.type';
/** Our own: the request id of the log lines, and the deployment a call goes to (`city:HN`, `cooperation`). */
export const ATTR_REQUEST_ID = 'hub.request_id';
export const ATTR_DEPLOYMENT = 'hub.deployment';

const propagator = new W3CTraceContextPropagator();

/** A SERVER span for one request, the child of the caller's `traceparent` when it sent one. */
export function startServerSpan(
  tracer: Tracer,
  request: { method: string; path: string; headers: IncomingHttpHeaders },
  requestId: string,
): { span: Span; context: Context } {
  // From the root, never the active context: in one process (tests) a caller's context is not ours.
  const parent = propagator.extract(ROOT_CONTEXT, request.headers, defaultTextMapGetter);
  const span = tracer.startSpan(
    `${request.method} ${request.path}`,
    {
      kind: SpanKind.SERVER,
      attributes: {
        [ATTR_HTTP_REQUEST_METHOD]: request.method,
        [ATTR_URL_PATH]: request.path,
        [ATTR_HTTP_ROUTE]: request.path,
        [ATTR_REQUEST_ID]: requestId,
      },
    },
    parent,
  );
  return { span, context: trace.setSpan(parent, span) };
}

/** Ends a SERVER span with what the request turned out to be; 5xx is an error, 4xx the client's. */
export function endServerSpan(
  span: Span,
  status: number,
  graphql: { operation?: string; operationType?: string },
): void {
  span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, status);
  if (graphql.operation) span.setAttribute(ATTR_GRAPHQL_OPERATION_NAME, graphql.operation);
  if (graphql.operationType) span.setAttribute(ATTR_GRAPHQL_OPERATION_TYPE, graphql.operationType);
  if (status >= 500) {
    span.setAttribute(ATTR_ERROR_TYPE, String(status));
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
  span.end();
}

/** The trace id a log line carries, so that logs and traces join; only for a span being recorded. */
export function traceIdOf(span: Span | undefined): string | undefined {
  return span?.isRecording() ? span.spanContext().traceId : undefined;
}

/**
 * One outgoing HTTP call as a CLIENT span (`POST city:HN`), its context sent on in `traceparent`.
 * Ends when the response's status arrives; a call that fails or times out ends it as an error.
 */
export async function traceOutgoing<T extends { status: number }>(
  tracer: Tracer | undefined,
  call: { method: string; url: string; deployment: string; attributes?: Attributes },
  headers: Record<string, string>,
  send: (headers: Record<string, string>) => Promise<T>,
): Promise<T> {
  // Only inside a traced request: background calls (health, schema checks) would each start a trace.
  if (!tracer || !trace.getActiveSpan()) return send(headers);
  const url = new URL(call.url);
  const attributes: Attributes = {
    [ATTR_HTTP_REQUEST_METHOD]: call.method,
    [ATTR_URL_FULL]: url.href,
    [ATTR_SERVER_ADDRESS]: url.hostname,
    [ATTR_SERVER_PORT]: Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
    [ATTR_DEPLOYMENT]: call.deployment,
    ...call.attributes,
  };
  const name = `${call.method} ${call.deployment}`;
  return tracer.startActiveSpan(name, { kind: SpanKind.CLIENT, attributes }, async (span) => {
    const carrier = { ...headers };
    propagator.inject(context.active(), carrier, defaultTextMapSetter);
    try {
      const response = await send(carrier);
      span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, response.status);
      if (response.status >= 400) {
        span.setAttribute(ATTR_ERROR_TYPE, String(response.status));
        span.setStatus({ code: SpanStatusCode.ERROR });
      }
      return response;
    } catch (error) {
      // Duck-typed: a timeout is undici's DOMException (`TimeoutError`), not always an `instanceof Error`.
      const { name = 'Error', message = String(error), stack } = (error ?? {}) as Partial<Error>;
      span.recordException({ name, message, stack });
      span.setAttribute(ATTR_ERROR_TYPE, name);
      span.setStatus({ code: SpanStatusCode.ERROR, message });
      throw error;
    } finally {
      span.end();
    }
  });
}
