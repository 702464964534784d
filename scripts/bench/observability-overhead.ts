import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { BenchSettings } from './measure';
import type { VariantReport } from './overhead-variant';

interface Variant {
  name: string;
  env: Record<string, string>;
}

/** What the sink received: enough to show that the traced variant really exported. */
interface SinkCounts {
  requests: number;
  bytes: number;
}

/** An OTLP/HTTP endpoint that accepts and counts trace exports, so the traced variant pays for sending. */
async function startTraceSink() {
  const counts: SinkCounts = { requests: 0, bytes: 0 };
  const server = createServer((request, response) => {
    request.on('data', (chunk: Buffer) => (counts.bytes += chunk.length));
    request.on('end', () => {
      counts.requests += 1;
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function variants(sinkUrl: string): Variant[] {
  const off = { LOG_LEVEL: 'silent', METRICS_ENABLED: 'false', OTEL_SDK_DISABLED: 'true' };
  const logs = { ...off, LOG_LEVEL: 'info', LOG_FORMAT: 'json' };
  const logsMetrics = { ...logs, METRICS_ENABLED: 'true' };
  return [
    { name: 'none', env: off },
    { name: 'logs', env: logs },
    { name: 'logs + metrics', env: logsMetrics },
    {
      name: 'logs + metrics + traces',
      env: { ...logsMetrics, OTEL_SDK_DISABLED: 'false', OTEL_EXPORTER_OTLP_ENDPOINT: sinkUrl },
    },
    // The first variant again: how far two runs of the same thing differ on this machine.
    { name: 'none (again)', env: off },
  ];
}

/** Runs one variant in a child process; its log lines are read and counted, as a log collector would. */
function runVariant(
  variant: Variant,
  settings: BenchSettings,
): Promise<VariantReport & { logLines: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'overhead-variant.js'), [], {
      env: {
        ...process.env,
        ...variant.env,
        BENCH_SECONDS: String(settings.seconds),
        BENCH_CONNECTIONS: String(settings.connections),
      },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    let logLines = 0;
    child.stdout!.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 10) logLines += 1;
    });
    let report: VariantReport | undefined;
    child.on('message', (message) => (report = message as VariantReport));
    child.on('error', reject);
    child.on('exit', (code) =>
      report && code === 0
        ? resolve({ ...report, logLines })
        : reject(new Error(`overhead variant "${variant.name}" exited with ${code}`)),
    );
  });
}

/** The second table of `npm run bench`: the same queries with logs, metrics and traces off and on. */
export async function measureObservabilityOverhead(settings: BenchSettings): Promise<void> {
  const sink = await startTraceSink();
  try {
    console.log(
      '\n# Overhead of logs, metrics and traces (each variant a fresh federation in its own process)\n',
    );
    console.log('| variant | scenario | req/s | p50 ms | p99 ms | errors |');
    console.log('| --- | --- | ---: | ---: | ---: | ---: |');
    const notes: string[] = [];
    for (const variant of variants(sink.url)) {
      const exportsBefore = sink.counts.requests;
      const report = await runVariant(variant, settings);
      for (const { scenario, rps, p50, p99, failures } of report.results) {
        console.log(`| ${variant.name} | ${scenario} | ${rps} | ${p50} | ${p99} | ${failures} |`);
      }
      notes.push(
        `${variant.name}: ${report.logLines} log lines, ${sink.counts.requests - exportsBefore} trace exports, RSS ${report.rssMb} MB`,
      );
    }
    console.log(`\n${notes.join('\n')}\nOTLP bytes received: ${sink.counts.bytes}`);
  } finally {
    await sink.close();
  }
}
