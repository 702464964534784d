import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { DirectoryWriterService } from '../services/city/src/services/directory-writer.service';
import { RecordsWriterService } from '../services/city/src/services/records-writer.service';
import { haiphongRecords } from './demo-data/haiphong-records';
import { hanoiRecords } from './demo-data/hanoi-records';
import { DriveWriterService } from '../services/cooperation/src/services/drive-writer.service';
import { demoDrives } from './demo-data/drives';
import { demoProgrammes } from './demo-data/programmes';
import { CatalogWriterService } from '../services/cooperation/src/services/catalog-writer.service';
import { NationalBodyWriterService } from '../services/cooperation/src/services/national-body-writer.service';
import type { CityRegistration } from '../services/cooperation/src/services/registry.service';
import { demoCatalog, MEMBER_CITIES, PARTNERSHIPS, SCHOOL_LEVELS } from './demo-data/cooperation';
import { generatedCityDirectory, generatedCityRecords } from './demo-data/generated-city';
import { haiphongDirectory } from './demo-data/haiphong';
import { hanoiDirectory } from './demo-data/hanoi';
import { withReorganisation2025 } from './demo-data/reorganisation-2025';
import { withFirstYearAfter2025 } from './demo-data/first-year-after-2025';
import { NATIONAL_LEADERS } from './demo-data/national-bodies';

/** Loads a city's demo directory: the seed facts for HN and HP, an invented one for any other city. */
export async function loadCityDemo(db: DataSource, cityCode: string, cityName = cityCode): Promise<number> {
  const directory =
    cityCode === 'HN'
      ? hanoiDirectory
      : cityCode === 'HP'
        ? haiphongDirectory
        : generatedCityDirectory(cityCode, cityName);
  const reorganised = withReorganisation2025(cityCode, directory);
  await new DirectoryWriterService(db).upsert(reorganised);
  const records =
    cityCode === 'HN' ? hanoiRecords : cityCode === 'HP' ? haiphongRecords : generatedCityRecords(directory);
  await new RecordsWriterService(db).upsert(withFirstYearAfter2025(cityCode, reorganised, records));
  return directory.grassrootsUnions.length;
}

/** Loads the hub's demo records; `extraCities` registers cities beyond HN and HP (e.g. DN). */
export async function loadCooperationDemo(
  db: DataSource,
  extraCities: CityRegistration[] = [],
): Promise<void> {
  const writer = new CatalogWriterService(db);
  await writer.upsertCities([...MEMBER_CITIES, ...extraCities]);
  await writer.upsertSchoolLevels(SCHOOL_LEVELS);
  await writer.upsertPartnerships(PARTNERSHIPS);
  const catalog = demoCatalog();
  await writer.upsertCatalog(catalog.campaigns, catalog.editions, catalog.joint);
  await new NationalBodyWriterService(db).upsertLeaders(NATIONAL_LEADERS);
  const drives = new DriveWriterService(db);
  await drives.upsert(demoDrives());
  await drives.upsertProgrammes(demoProgrammes());
}
