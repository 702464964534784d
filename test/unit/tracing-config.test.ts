import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { sanitise } from '../../services/shared/src/database-tracing';
import { startTracing, traceExportersOf } from '../../services/shared/src/tracing';

const ENDPOINT = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318' };

describe('tracing configuration (OTEL_* variables)', () => {
  it('is off without any OTEL setting: no tracer, no exporter', async () => {
    expect(traceExportersOf({})).toEqual([]);
    const tracing = startTracing('gateway', { OTEL_EXPORTER_OTLP_ENDPOINT: '', OTEL_TRACES_EXPORTER: ' ' });
    expect(tracing).toMatchObject({ enabled: false, tracer: undefined, exporters: [] });
    await tracing.shutdown();
  });

  it('exports over OTLP when an endpoint is set, or as OTEL_TRACES_EXPORTER lists', () => {
    expect(traceExportersOf(ENDPOINT)).toEqual(['otlp']);
    expect(traceExportersOf({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/v1/traces' })).toEqual([
      'otlp',
    ]);
    expect(traceExportersOf({ OTEL_TRACES_EXPORTER: 'console' })).toEqual(['console']);
    expect(traceExportersOf({ OTEL_TRACES_EXPORTER: 'OTLP, console,otlp' })).toEqual(['otlp', 'console']);
  });

  it('stays off when told: OTEL_TRACES_EXPORTER=none, or OTEL_SDK_DISABLED=true over everything', async () => {
    expect(traceExportersOf({ ...ENDPOINT, OTEL_TRACES_EXPORTER: 'none' })).toEqual([]);
    expect(traceExportersOf({ ...ENDPOINT, OTEL_SDK_DISABLED: 'true' })).toEqual([]);
    const exporter = new InMemorySpanExporter();
    const tracing = startTracing('gateway', { OTEL_SDK_DISABLED: 'true' }, { exporter });
    expect(tracing).toMatchObject({ enabled: false, tracer: undefined });
    expect(traceExportersOf({ ...ENDPOINT, OTEL_SDK_DISABLED: 'false' })).toEqual(['otlp']);
  });

  it('refuses an exporter it does not have and a switch it cannot read, at start-up', () => {
    expect(() => traceExportersOf({ OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(
      'OTEL_TRACES_EXPORTER must list otlp, console or be none (got "zipkin")',
    );
    expect(() => traceExportersOf({ ...ENDPOINT, OTEL_SDK_DISABLED: 'perhaps' })).toThrow(
      'OTEL_SDK_DISABLED must be true or false',
    );
  });

  it('starts an OTLP exporter from the environment and shuts it down', async () => {
    const tracing = startTracing('cooperation', ENDPOINT);
    expect(tracing).toMatchObject({ enabled: true, exporters: ['otlp'] });
    expect(tracing.tracer).toBeDefined();
    await tracing.shutdown();
    await tracing.shutdown(); // idempotent: every close path may call it
  });

  it('names the service in each span’s resource; OTEL_SERVICE_NAME overrides the name', async () => {
    const exporter = new InMemorySpanExporter();
    const city = startTracing('city-HN', {}, { exporter });
    const renamed = startTracing('city-HP', { OTEL_SERVICE_NAME: 'hai-phong' }, { exporter });
    expect(city).toMatchObject({ enabled: true, exporters: ['test'] });
    city.tracer!.startSpan('one').end();
    renamed.tracer!.startSpan('two').end();
    expect(exporter.getFinishedSpans().map((span) => span.resource.attributes['service.name'])).toEqual([
      'city-HN',
      'hai-phong',
    ]);
    await city.shutdown();
    await renamed.shutdown();
  });
});

describe('SQL text in spans', () => {
  it('blanks string literals and cuts long statements', () => {
    expect(sanitise(`SELECT * FROM member WHERE name = 'Nguyễn Văn A' AND note = 'it''s' AND id = ?`)).toBe(
      `SELECT * FROM member WHERE name = '?' AND note = '?' AND id = ?`,
    );
    const long = sanitise(`INSERT INTO t VALUES ${'(?, ?), '.repeat(500)}(?, ?)`);
    expect(long).toHaveLength(1_001);
    expect(long.endsWith('…')).toBe(true);
  });
});
