import { parseArgs } from 'node:util';
import { identityFromClaims } from '../services/shared/src/identity';
import { ensureDemoKeys, signDemoToken } from './demo-keys';

/**
 * `npm run token -- --role city-officer --city HN` prints a demo token for trying the graph:
 * roles viewer, city-officer (--city), school-officer (--unit HN/<unit id>), hub-admin. The first run
 * also creates the demo keys in data/keys/, the gateway's signing pair among them.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', default: 'viewer' },
      city: { type: 'string' },
      unit: { type: 'string' },
      sub: { type: 'string' },
      ttl: { type: 'string', default: '8h' },
    },
  });
  const claims = {
    sub: values.sub ?? `demo-${values.role}`,
    role: values.role!,
    city: values.city,
    unit: values.unit,
  };
  // The gateway's own rules, so that a malformed claim (e.g. --unit HN/<id>/extra) is said here, not
  // as a 401 later.
  identityFromClaims(claims);
  const keys = await ensureDemoKeys();
  console.log(await signDemoToken(keys, claims, values.ttl));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
