import { join } from 'node:path';
import { formatCityDirectory } from '../../gateway/src/city-directory';
import { DemoKeys, gatewayKeyEnv, subgraphKeyEnv } from '../demo-keys';
import { citySqliteFile, cooperationSqliteFile } from './generate';
import { Fleet, freePort, Launched } from './processes';
import type { Province } from './provinces';

export interface ScaleFederation {
  gatewayUrl: string;
  cityUrls: Record<string, string>;
  fleet: Fleet;
}

export interface StartOptions {
  /**
   * Where the gateway and one city (`profiledCity`) write a V8 CPU profile when they exit
   * (`node --cpu-prof`), in `gateway/` and `city-<code>/`; none when absent.
   */
  profileDir?: string;
  profiledCity?: string;
  /** `--no-cache`: the gateway without its cache of public answers (CITY_CACHE=false), to measure the bare hop. */
  withoutCache?: boolean;
}

const profileArgs = (dir: string | undefined, name: string) =>
  dir ? ['--cpu-prof', `--cpu-prof-dir=${join(dir, name)}`] : [];

/** Starting 34 Node processes at once on two cores makes each slower than it need be: a few at a time. */
const STARTING_AT_ONCE = 4;
const READY_TIMEOUT_MS = 180_000;

async function readyWithin(launched: Launched): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${launched.label} was not ready within ${READY_TIMEOUT_MS / 1000} s`)),
      READY_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([launched.ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The hub, one city deployment per province and the gateway, as separate processes on the databases
 * `generate.ts` wrote, with keys as `npm start` hands them out: the gateway's private key to the
 * gateway only, its public keys to every subgraph. The caller stops `fleet` (also on failure).
 */
export async function startScaleFederation(
  fleet: Fleet,
  dir: string,
  provinces: Province[],
  keys: DemoKeys,
  options: StartOptions = {},
): Promise<ScaleFederation> {
  const subgraphKeys = subgraphKeyEnv(keys);
  // The hub checks cities' records through the gateway on writes: it needs the gateway's address
  // before the gateway exists, so the gateway's port is chosen first.
  const gatewayPort = await freePort();
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
  const cooperation = fleet.launch('cooperation', 'cooperation', 'services/cooperation/src/main.js', {
    ...subgraphKeys,
    PORT: '0',
    SQLITE_FILE: cooperationSqliteFile(dir, provinces.length),
    GATEWAY_URL: gatewayUrl,
  });
  const cityUrls: Record<string, string> = {};
  for (let start = 0; start < provinces.length; start += STARTING_AT_ONCE) {
    const batch = provinces.slice(start, start + STARTING_AT_ONCE).map((province) => ({
      province,
      launched: fleet.launch(
        `city ${province.code}`,
        'city',
        'services/city/src/main.js',
        {
          ...subgraphKeys,
          CITY_CODE: province.code,
          PORT: '0',
          SQLITE_FILE: citySqliteFile(dir, province.code),
        },
        province.code === options.profiledCity
          ? profileArgs(options.profileDir, `city-${province.code}`)
          : [],
      ),
    }));
    for (const { province, launched } of batch) cityUrls[province.code] = await readyWithin(launched);
    process.stdout.write(`  ${Object.keys(cityUrls).length}/${provinces.length} cities up\r`);
  }
  process.stdout.write('\n');
  const cooperationUrl = await readyWithin(cooperation);

  const gateway = fleet.launch(
    'gateway',
    'gateway',
    'gateway/src/main.js',
    {
      ...gatewayKeyEnv(keys),
      PORT: String(gatewayPort),
      CITIES: formatCityDirectory(provinces.map(({ code }) => ({ code, url: cityUrls[code] }))),
      COOPERATION_URL: cooperationUrl,
      ...(options.withoutCache ? { CITY_CACHE: 'false' } : {}),
    },
    profileArgs(options.profileDir, 'gateway'),
  );
  const announced = await readyWithin(gateway);
  if (announced !== gatewayUrl) throw new Error(`the gateway listens at ${announced}, not ${gatewayUrl}`);
  return { gatewayUrl, cityUrls, fleet };
}
