import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { context, Context, Span, Tracer } from '@opentelemetry/api';
import type { NextFunction, Request, Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './errors';
import { logger } from './logging';
import { errorsTotal, metricsEnabled, requestSeconds, requestsTotal } from './metrics';
import { endServerSpan, startServerSpan, traceIdOf } from './http-tracing';

export const REQUEST_ID_HEADER = 'x-request-id';
/** An incoming id is kept only when it is short and plain, so that nothing odd reaches the logs. */
const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
/** Requests that get a log line and metrics; health checks, scrapes and static files do not. */
const OBSERVED_PATHS = /^\/(graphql|import)\/?$/;
/** Operation names come from clients: past this many distinct ones, the metric label is `(other)`. */
const MAX_OPERATION_LABELS = 200;

export type CityOutcome = 'ok' | 'unavailable' | 'timeout';

/** What is known about one request as it is answered; read back for its log line and metrics. */
export interface RequestRecord {
  requestId: string;
  service: string;
  /** Without the query string, which may carry a GET request's variables. */
  path: string;
  started: bigint;
  operation?: string;
  operationType?: string;
  subject?: string;
  role?: string;
  errorCodes: string[];
  /** At the gateway: each city asked and how it answered. */
  cities: Map<string, CityOutcome>;
  /** The request's SERVER span and the context it runs in, when the service traces (http-tracing.ts). */
  span?: Span;
  traceContext?: Context;
}

const storage = new AsyncLocalStorage<RequestRecord>();

/** The request this code runs for, if any (the gateway reads its id for every subgraph call). */
export function currentRequest(): RequestRecord | undefined {
  return storage.getStore();
}

/**
 * The first middleware of a service: request id in and out, then one log line and metrics; with a
 * tracer, a SERVER span too (child of the caller's `traceparent`) in which the rest of the request runs.
 */
export function observeRequests(service: string, tracer?: Tracer) {
  return (request: Request, response: Response, next: NextFunction) => {
    const incoming = request.get(REQUEST_ID_HEADER);
    const requestId = incoming && VALID_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    response.setHeader(REQUEST_ID_HEADER, requestId);
    if (!OBSERVED_PATHS.test(request.path)) return next();
    const record: RequestRecord = {
      requestId,
      service,
      path: request.path,
      started: process.hrtime.bigint(),
      errorCodes: [],
      cities: new Map(),
    };
    if (tracer) {
      const { span, context: traceContext } = startServerSpan(tracer, request, requestId);
      Object.assign(record, { span, traceContext });
    }
    response.locals.observation = record;
    response.once('close', () => finish(record, request, response));
    enter(record, next);
  };
}

/** Runs the rest of a request with its record and, when traced, inside its span. */
function enter(record: RequestRecord, next: () => void) {
  const { traceContext } = record;
  storage.run(record, traceContext ? () => context.with(traceContext, next) : next);
}

/** Re-enters the request's record after middleware (the body parser) that loses the async context. */
export function resumeObservation(_request: Request, response: Response, next: NextFunction) {
  const record = observationOf(response);
  return record ? enter(record, next) : next();
}

/** The record of the request a response answers, where the async context may have been lost. */
export function observationOf(response: Response): RequestRecord | undefined {
  return response.locals.observation as RequestRecord | undefined;
}

/** Notes an error as it is formatted for the client (error-masking.ts, the HTTP error handler). */
export function noteError(error: GraphQLFormattedError, record = currentRequest()): void {
  if (!record) return;
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : ErrorCode.Internal;
  record.errorCodes.push(code);
  const city = error.extensions?.cityCode;
  if (code === ErrorCode.CityUnavailable && typeof city === 'string') {
    record.cities.set(city, /did not answer in time/.test(error.message) ? 'timeout' : 'unavailable');
  }
}

/** At the gateway: a city is asked (its outcome stays `ok` unless an error for it is noted). */
export function noteCityAsked(cityCode: string): void {
  const cities = currentRequest()?.cities;
  if (cities && !cities.has(cityCode)) cities.set(cityCode, 'ok');
}

/** Operation name and caller's subject and role (never variables or anything they return). */
export function observationPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const record = currentRequest();
      if (!record) return;
      record.operation = request.operationName ?? undefined;
      const identity = (contextValue as { identity?: { subject?: unknown; role?: unknown } }).identity;
      if (typeof identity?.subject === 'string') record.subject = identity.subject;
      if (typeof identity?.role === 'string') record.role = identity.role;
      return {
        async didResolveOperation({ operationName, operation }) {
          record.operation = operationName ?? undefined;
          record.operationType = operation?.operation;
        },
      };
    },
  };
}

const operationLabels = new Set<string>();
function operationLabel(operation: string | undefined): string {
  if (!operation) return '(anonymous)';
  if (operationLabels.has(operation)) return operation;
  if (operationLabels.size >= MAX_OPERATION_LABELS) return '(other)';
  operationLabels.add(operation);
  return operation;
}

function finish(record: RequestRecord, request: Request, response: Response): void {
  const seconds = Number(process.hrtime.bigint() - record.started) / 1e9;
  const status = response.writableFinished ? response.statusCode : 499; // 499: the client went away
  const labels = { service: record.service, operation: operationLabel(record.operation), status };
  if (metricsEnabled()) {
    requestsTotal.inc(labels);
    requestSeconds.observe(labels, seconds);
    for (const code of record.errorCodes) errorsTotal.inc({ service: record.service, code });
  }
  const traceId = traceIdOf(record.span);
  if (record.span) endServerSpan(record.span, status, record);
  logger()[status >= 500 ? 'error' : 'info'](
    {
      service: record.service,
      requestId: record.requestId,
      ...(traceId ? { traceId } : {}),
      method: request.method,
      path: record.path,
      operation: record.operation ?? null,
      operationType: record.operationType,
      status,
      durationMs: Math.round(seconds * 10_000) / 10,
      subject: record.subject,
      role: record.role,
      ...(record.errorCodes.length > 0 ? { errors: record.errorCodes } : {}),
      ...(record.cities.size > 0 ? { cities: Object.fromEntries(record.cities) } : {}),
    },
    'request',
  );
}
