import { context, diag, DiagLogLevel, trace, Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  ConsoleSpanExporter,
  SimpleSpanProcessor,
  SpanExporter,
  SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { booleanEnv, Env } from './env';
import { ConfigurationError } from './errors';
import { logger } from './logging';

const EXPORTERS = ['otlp', 'console'] as const;
export type TraceExporterName = (typeof EXPORTERS)[number];

/**
 * The exporters the standard variables ask for; none means tracing is off (the default).
 * OTEL_SDK_DISABLED=true wins; OTEL_TRACES_EXPORTER lists `otlp` and/or `console` (or `none`);
 * without it, an OTLP endpoint (OTEL_EXPORTER_OTLP_[TRACES_]ENDPOINT) turns OTLP on.
 */
export function traceExportersOf(env: Env): TraceExporterName[] {
  if (booleanEnv(env, 'OTEL_SDK_DISABLED', false)) return [];
  const listed = (env.OTEL_TRACES_EXPORTER ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (listed.length === 0) {
    const endpoint =
      env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
    return endpoint ? ['otlp'] : [];
  }
  if (listed.length === 1 && listed[0] === 'none') return [];
  const unknown = listed.find((name) => !EXPORTERS.includes(name as TraceExporterName));
  if (unknown) {
    throw new ConfigurationError(
      `OTEL_TRACES_EXPORTER must list otlp, console or be none (got "${env.OTEL_TRACES_EXPORTER}")`,
    );
  }
  return [...new Set(listed as TraceExporterName[])];
}

export interface Tracing {
  /** Absent when tracing is off: callers then skip all span work, so it costs nothing. */
  tracer: Tracer | undefined;
  enabled: boolean;
  /** `otlp`, `console`, or `test` for an exporter passed in; empty when off. */
  exporters: readonly string[];
  /** Exports what is still buffered and stops; the service's close() calls it. Idempotent. */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  /** A test's exporter (InMemorySpanExporter): every span goes to it as it ends; OTEL_* exporters are not used. */
  exporter?: SpanExporter;
  /**
   * Also make it the process's global provider, for libraries that trace through the global API
   * (@apollo/gateway's `gateway.request`, `gateway.plan`, `gateway.fetch`…). One per process: a
   * service's own process, or the gateway of a test federation.
   */
  registerGlobally?: boolean;
}

const OFF: Tracing = { tracer: undefined, enabled: false, exporters: [], shutdown: async () => {} };

/**
 * The tracing of one service: its own provider and resource (`service.name`, OTEL_SERVICE_NAME
 * overriding it), so that services started in one process (tests) still report as separate
 * services. The OTLP/HTTP exporter reads its endpoint, headers and timeout from the OTEL_* variables.
 */
export function startTracing(serviceName: string, env: Env, options: TracingOptions = {}): Tracing {
  if (booleanEnv(env, 'OTEL_SDK_DISABLED', false)) return OFF;
  const names = options.exporter ? ['test'] : traceExportersOf(env);
  if (names.length === 0) return OFF;
  const spanProcessors: SpanProcessor[] = options.exporter
    ? [new SimpleSpanProcessor(options.exporter)]
    : names.map((name) =>
        // The console is for a person watching: each span as it ends. OTLP goes out in batches.
        name === 'console'
          ? new SimpleSpanProcessor(new ConsoleSpanExporter())
          : new BatchSpanProcessor(new OTLPTraceExporter()),
      );
  const name = env.OTEL_SERVICE_NAME?.trim() || serviceName;
  const provider = new BasicTracerProvider({
    resource: defaultResource().merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: name })),
    spanProcessors,
  });
  useAsyncContext();
  const registered = options.registerGlobally === true && trace.setGlobalTracerProvider(provider);
  let stopped: Promise<void> | undefined;
  return {
    tracer: provider.getTracer('union-hub'),
    enabled: true,
    exporters: names,
    shutdown: () =>
      (stopped ??= (async () => {
        if (registered) trace.disable();
        await provider.shutdown();
      })()),
  };
}

let contextReady = false;

/**
 * `context.active()` needs a context manager, which is global: set once per process (services
 * started in one process share it). An export that fails (a collector down) is logged, not silent.
 */
function useAsyncContext(): void {
  if (contextReady) return;
  contextReady = true;
  const manager = new AsyncLocalStorageContextManager().enable();
  if (!context.setGlobalContextManager(manager)) manager.disable(); // someone else's is in place
  const log =
    (level: 'warn' | 'error') =>
    (message: string, ...details: unknown[]) =>
      logger()[level]({ component: 'opentelemetry', details: details.map(String) }, message);
  diag.setLogger(
    { error: log('error'), warn: log('warn'), info: () => {}, debug: () => {}, verbose: () => {} },
    DiagLogLevel.WARN,
  );
}
