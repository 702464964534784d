import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../../services/shared/src/project-root';
import { ensureDemoKeys } from '../demo-keys';
import { calibrate } from './calibrate';
import { startScaleFederation } from './federation';
import { generateCities, generateCooperation } from './generate';
import { LoadTarget } from './load';
import { Fleet } from './processes';
import { primeCities } from './prime';
import { profilesIn, summariseProfile } from './profile-summary';
import { provincesFor } from './provinces';
import { hopRatios, markdownTable, ScaleRow, soakTable, writeResults } from './report';
import { RunSettings, runScenarios, SCENARIO_KEYS, ScenarioKey } from './run';
import { COMPARISON_QUERY, comparisonVerifier, json, mustPass, settle } from './scenarios';
import { soak } from './soak';

const USAGE = `npm run bench:scale -- [options]
  --cities 34          how many provincial-level units (2-34); a list "2,10,34" runs each in turn
  --seconds 10         about how long each measured run lasts (after an unmeasured warm-up); at most 40
  --clients 1,10       concurrent clients of each scenario
  --only <list>        some of ${SCENARIO_KEYS.join(',')} (all by default)
  --change-rounds 5    rounds of "record a result at HP, measure the next second"
  --soak <seconds>     then 10 clients on the comparison that long (largest city count only),
                       sampling every process's RSS every 10 s
  --profile <dir>      write the gateway's V8 CPU profile there (node --cpu-prof) and summarise it
  --no-cache           the gateway without its cache of public answers (CITY_CACHE=false)
  --out <file>         results as JSON (default bench-results/scale.json)`;

const wholeNumbers = (text: string, name: string) =>
  text.split(',').map((part) => {
    const value = Number(part.trim());
    if (!Number.isInteger(value) || value <= 0)
      throw new Error(`${name} wants whole numbers, got "${text}"\n${USAGE}`);
    return value;
  });

function readArguments() {
  const { values } = parseArgs({
    options: {
      cities: { type: 'string', default: '34' },
      seconds: { type: 'string', default: '10' },
      clients: { type: 'string', default: '1,10' },
      only: { type: 'string', default: SCENARIO_KEYS.join(',') },
      'change-rounds': { type: 'string', default: '5' },
      soak: { type: 'string', default: '0' },
      profile: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      out: { type: 'string', default: join(projectRoot(), 'bench-results', 'scale.json') },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const only = values.only.split(',').map((key) => key.trim()) as ScenarioKey[];
  const unknown = only.filter((key) => !SCENARIO_KEYS.includes(key));
  if (unknown.length) throw new Error(`--only: unknown scenario ${unknown.join(', ')}\n${USAGE}`);
  const [seconds] = wholeNumbers(values.seconds, '--seconds');
  // A direct call's identity (signed once per run) lives 60 s; warm-up and run must fit well inside.
  if (seconds > 40) throw new Error('--seconds must be at most 40');
  const counts = wholeNumbers(values.cities, '--cities');
  counts.forEach((count) => provincesFor(count)); // refuses a count outside 2-34 before any work
  const settings: RunSettings = {
    seconds,
    clients: wholeNumbers(values.clients, '--clients'),
    changeRounds: wholeNumbers(values['change-rounds'], '--change-rounds')[0],
    only,
  };
  const soakSeconds = values.soak === '0' ? 0 : wholeNumbers(values.soak, '--soak')[0];
  return {
    counts,
    settings,
    soakSeconds,
    profile: values.profile,
    withoutCache: values['no-cache'],
    out: resolve(values.out),
  };
}

async function main(): Promise<void> {
  const { counts, settings, soakSeconds, profile, withoutCache, out } = readArguments();
  const work = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  const fleet = new Fleet();
  let cleaned = false;
  const cleanUp = async () => {
    if (cleaned) return;
    cleaned = true;
    await fleet.stopAll();
    rmSync(work, { recursive: true, force: true });
  };
  // Ctrl-C must not leave 36 servers running.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping every process started …`);
      void cleanUp().then(() => process.exit(130));
    });
  }
  const rows: ScaleRow[] = [];
  let finished = false;
  try {
    const keys = await ensureDemoKeys(join(work, 'keys'));
    const largest = Math.max(...counts);
    console.log(
      `# Scale benchmark: ${counts.join(', ')} cities, ${cpus().length} cores, Node ${process.version}\n` +
        `${calibrate()}\n\nGenerating ${largest} city databases in ${work} …`,
    );
    await generateCities(work, provincesFor(largest));
    for (const count of counts) {
      const provinces = provincesFor(count);
      await generateCooperation(work, provinces);
      const profileDir = profile ? join(resolve(profile), `cities-${count}`) : undefined;
      // The largest invented province when there is one (TP HCM), else HP: one city's share of the work.
      const profiledCity = (provinces[2] ?? provinces[1]).code;
      console.log(`\n## ${count} cities: starting ${count} city processes, the hub and the gateway …`);
      const federation = await startScaleFederation(fleet, work, provinces, keys, {
        profileDir,
        profiledCity,
        withoutCache,
      });
      await primeCities(federation, keys);
      const codes = provinces.map(({ code }) => code);
      rows.push(...(await runScenarios(federation, codes, keys, settings)));
      if (soakSeconds && count === largest) {
        const comparison: LoadTarget = {
          url: federation.gatewayUrl,
          headers: { 'content-type': 'application/json' },
          body: json(COMPARISON_QUERY),
          verify: comparisonVerifier(count),
        };
        const why = await settle(() => mustPass(comparison, 'the comparison'));
        if (why)
          console.log(
            `  the comparison answers wrongly before the soak (soaking anyway): ${why.slice(0, 300)}`,
          );
        console.log(`Soak: 10 clients on the comparison for ${soakSeconds} s …`);
        const soaked = await soak(fleet, comparison, count, soakSeconds);
        rows.push(soaked);
        console.log(`\n${soakTable(soaked)}`);
      }
      await fleet.stopAll();
      console.log(calibrate());
      if (profileDir) {
        for (const name of ['gateway', `city-${profiledCity}`]) {
          for (const file of profilesIn(join(profileDir, name)))
            console.log(`\n${name}: ${summariseProfile(file)}`);
        }
      }
    }
    finished = true;
  } finally {
    // Also after a failure: what was measured up to then is worth keeping, and says where it broke.
    console.log(`\n${markdownTable(rows)}\n\n${hopRatios(rows).join('\n')}\n`);
    if (rows.length) {
      writeResults(out, rows);
      console.log(`Written to ${out}${finished ? '' : ' (incomplete: the run failed)'}`);
    }
    await cleanUp();
  }
  // A run with wrong answers, or a scenario that could not be measured, must not pass for a result.
  const failed = rows.filter((line) => line.errors > 0 || line.requests === 0);
  if (failed.length) {
    throw new Error(`${failed.length} scenario(s) had wrong answers or none at all (errors column, —)`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
