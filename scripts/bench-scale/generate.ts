import { join } from 'node:path';
import { openCityDatabase } from '../../services/city/src/database';
import { DirectoryWriterService } from '../../services/city/src/services/directory-writer.service';
import { RecordsWriterService } from '../../services/city/src/services/records-writer.service';
import { openCooperationDatabase } from '../../services/cooperation/src/database';
import { loadCityDemo, loadCooperationDemo } from '../demo-loader';
import { provinceDirectory, provinceRecords } from './city-data';
import type { Province } from './provinces';

/** Where one deployment's embedded database lives: one SQLite file per city, as in production. */
export const citySqliteFile = (dir: string, code: string) => join(dir, `city-${code}.sqlite`);
export const cooperationSqliteFile = (dir: string, cities: number) =>
  join(dir, `cooperation-${cities}.sqlite`);

/**
 * Writes one city's database through the city's own writer services (the path the demo loader and
 * imports take, so search and sort columns are derived as in real use). HN and HP get the seed
 * facts of the demo; every other province its invented data.
 */
async function generateCity(dir: string, province: Province): Promise<{ units: number; members: number }> {
  const db = await openCityDatabase({ sqliteFile: citySqliteFile(dir, province.code) }, province.code);
  try {
    if (province.code === 'HN' || province.code === 'HP') {
      const units = await loadCityDemo(db, province.code, province.name);
      const [{ members }] = (await db.query('SELECT SUM(member_count) AS members FROM grassroots_union')) as {
        members: number;
      }[];
      return { units, members: Number(members) };
    }
    const directory = provinceDirectory(province);
    await new DirectoryWriterService(db).upsert(directory);
    await new RecordsWriterService(db).upsert(provinceRecords(province, directory));
    const members = directory.grassrootsUnions.reduce((sum, unit) => sum + unit.memberCount, 0);
    return { units: directory.grassrootsUnions.length, members };
  } finally {
    await db.destroy();
  }
}

/** Every city's database, one after the other, telling how far it has got: 34 take a while. */
export async function generateCities(dir: string, provinces: Province[]): Promise<void> {
  const started = Date.now();
  for (const [index, province] of provinces.entries()) {
    const begun = Date.now();
    const { units, members } = await generateCity(dir, province);
    const position = `${String(index + 1).padStart(2)}/${provinces.length}`;
    console.log(
      `  ${position} ${province.code.padEnd(4)} ${province.name.padEnd(22)} ${String(units).padStart(3)} grassroots unions, ` +
        `${members.toLocaleString('en')} members (${((Date.now() - begun) / 1000).toFixed(1)} s)`,
    );
  }
  console.log(`  cities generated in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/**
 * The hub's database for a federation of these cities: the demo catalog and drives, and every city
 * beyond HN and HP in the registry, so that a comparison expects all of them.
 */
export async function generateCooperation(dir: string, provinces: Province[]): Promise<string> {
  const file = cooperationSqliteFile(dir, provinces.length);
  const db = await openCooperationDatabase({ sqliteFile: file });
  try {
    const extra = provinces
      .filter(({ code }) => code !== 'HN' && code !== 'HP')
      .map(({ code, name, englishName }) => ({ code, name, englishName, joinedOn: '2025-07-01' }));
    await loadCooperationDemo(db, extra);
  } finally {
    await db.destroy();
  }
  return file;
}
