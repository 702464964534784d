import { parseArgs } from 'node:util';
import { ensureDemoKeys, signDemoToken } from './demo-keys';

/**
 * `npm run token -- --role city-officer --city HN` prints a demo token for trying the graph:
 * roles viewer, city-officer (--city), school-officer (--unit HN/<unit id>), hub-admin.
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
  const keys = await ensureDemoKeys();
  const token = await signDemoToken(
    keys,
    { sub: values.sub ?? `demo-${values.role}`, role: values.role!, city: values.city, unit: values.unit },
    values.ttl,
  );
  console.log(token);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
