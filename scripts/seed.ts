import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { readCityConfig } from '../services/city/src/config';
import { openCityDatabase } from '../services/city/src/database';
import { readCooperationConfig } from '../services/cooperation/src/config';
import { openCooperationDatabase } from '../services/cooperation/src/database';
import { ensureMysqlDatabase } from '../services/shared/src/database';
import { Env } from '../services/shared/src/env';
import { loadCityDemo, loadCooperationDemo } from './demo-loader';
import { foldDemoPredecessors } from './merge-city/demo';

/** Loads the demo data of one city deployment (CITY_CODE, DATABASE_URL as the service reads them). */
export async function seedCity(env: Env): Promise<void> {
  const config = readCityConfig(env);
  if (config.database.url) await ensureMysqlDatabase(config.database.url);
  const db = await openCityDatabase(config.database, config.cityCode);
  try {
    const units = await loadCityDemo(db, config.cityCode, env.CITY_NAME);
    console.log(`  city ${config.cityCode}: ${units} grassroots unions loaded`);
    // The former Hải Dương, folded into Hải Phòng as `npm run merge-city` does (once: then skipped).
    for (const fold of await foldDemoPredecessors(db, config.cityCode)) {
      console.log(
        `  city ${config.cityCode}: ${fold.copied} rows of ${fold.mergeId.split('-')[0]} folded in`,
      );
    }
  } finally {
    await db.destroy();
  }
}

export async function seedCooperation(env: Env): Promise<void> {
  const config = readCooperationConfig(env);
  if (config.database.url) await ensureMysqlDatabase(config.database.url);
  const db = await openCooperationDatabase(config.database);
  try {
    await loadCooperationDemo(db);
    console.log('  cooperation: registry, school levels and partnerships loaded');
  } finally {
    await db.destroy();
  }
}

/**
 * `npm run seed` loads HN, HP and cooperation into the embedded databases under data/;
 * `npm run seed -- --city HN` or `-- --cooperation` loads one deployment, honouring DATABASE_URL.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { city: { type: 'string' }, cooperation: { type: 'boolean' } } });
  console.log('Loading demo data (idempotent: running it again changes nothing)…');
  if (values.city) await seedCity({ ...process.env, CITY_CODE: values.city });
  else if (values.cooperation) await seedCooperation(process.env);
  else {
    const embedded = { ...process.env, DATABASE_URL: undefined };
    await seedCooperation(embedded);
    for (const code of ['HN', 'HP']) await seedCity({ ...embedded, CITY_CODE: code });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
