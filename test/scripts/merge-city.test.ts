import { DataSource } from 'typeorm';
import { loadCityDemo } from '../../scripts/demo-loader';
import { formerHaiDuongDirectory } from '../../scripts/demo-data/former-haiduong';
import { mergeCity } from '../../scripts/merge-city';
import { loadFormerHaiDuongDemo } from '../../scripts/merge-city/demo';
import { foldCity, FoldReport } from '../../scripts/merge-city/fold';
import { FoldRefused } from '../../scripts/merge-city/fold-codes';
import { FOLDED_ENTITIES, recordIdOf } from '../../scripts/merge-city/fold-rows';
import { createTestDatabase, ENGINE, TestDatabase } from '../../scripts/throwaway-databases';
import { openCityDatabase } from '../../services/city/src/database';
import { CityMerge, MergedRecord } from '../../services/city/src/entities/city-merge.entity';
import { UnitStatus } from '../../services/city/src/entities/enums';
import { GrassrootsUnion } from '../../services/city/src/entities/grassroots-union.entity';
import { readDataVersion } from '../../services/shared/src/data-version';

/** Where a fold's settings point at a test database: its URL, or its SQLite file. */
const location = (database: TestDatabase) => database.settings.url ?? database.settings.sqliteFile;

describe(`npm run merge-city: folding the former Hải Dương into Hải Phòng (${ENGINE})`, () => {
  const databases: TestDatabase[] = [];
  const open: DataSource[] = [];
  let hdDatabase: TestDatabase;
  let hd: DataSource;
  let clean: FoldReport;

  async function city(code: string, load: (db: DataSource) => Promise<unknown>) {
    const database = await createTestDatabase(`merge${code}`);
    databases.push(database);
    const db = await openCityDatabase(database.settings, code);
    open.push(db);
    await load(db);
    return { database, db };
  }
  const haiPhong = () => city('HP', (db) => loadCityDemo(db, 'HP'));

  /** The successor's current counts of every folded table, and what a data version says. */
  async function snapshot(db: DataSource) {
    const counts: Record<string, number> = {};
    for (const entity of FOLDED_ENTITIES)
      counts[db.getMetadata(entity).tableName] = await db.getRepository(entity).count();
    return { counts, version: await readDataVersion(db), merges: await db.getRepository(CityMerge).count() };
  }

  const activeFigures = async (db: DataSource) => ({
    units: await db.getRepository(GrassrootsUnion).countBy({ status: UnitStatus.ACTIVE }),
    members: await db.getRepository(GrassrootsUnion).sum('memberCount', { status: UnitStatus.ACTIVE }),
  });

  beforeAll(async () => {
    ({ database: hdDatabase, db: hd } = await city('HD', loadFormerHaiDuongDemo));
  });
  afterAll(async () => {
    for (const db of open) if (db.isInitialized) await db.destroy();
    for (const database of databases) await database.drop();
  });

  it('copies every row once with its provenance, verified by totals, and the data version moves on', async () => {
    const { db: hp } = await haiPhong();
    const before = await snapshot(hp);
    const today = await activeFigures(hp);
    const log: string[] = [];
    clean = await foldCity({
      from: 'HD',
      into: 'HP',
      predecessor: hd,
      successor: hp,
      log: (l) => log.push(l),
    });

    expect(clean.totals?.verified).toBe(true);
    expect(log).toContain('  grassroots_union 420/420');
    expect(log.some((line) => /^members of units\s.*ok$/.test(line))).toBe(true);
    expect(await readDataVersion(hp)).toBeGreaterThan(before.version);
    // HD's units ended on 30 June 2025: today's counts are Hải Phòng's own, as before.
    expect(await activeFigures(hp)).toEqual(today);

    let copied = 0;
    for (const entity of FOLDED_ENTITIES) {
      const metadata = hp.getMetadata(entity);
      const theirs = (await hd.getRepository(entity).find()).map((row) => recordIdOf(metadata, row));
      const provenance = await hp.getRepository(MergedRecord).findBy({ tableName: metadata.tableName });
      const line = clean.totals!.tables.find((t) => t.name === metadata.tableName)!;
      // Every row of HD is either copied with provenance or was already there, identical (the catalog).
      expect(provenance.map((p) => p.recordId).sort()).toEqual(
        metadata.tableName === 'campaign' ? [] : [...theirs].sort(),
      );
      expect(provenance.every((p) => p.originCityCode === 'HD' && p.mergeId === 'HD-HP')).toBe(true);
      expect(line.after).toBe(before.counts[metadata.tableName] + theirs.length - line.shared);
      copied += provenance.length;
    }
    expect(clean.copied).toBe(copied);
    expect(clean.totals!.tables.find((t) => t.name === 'campaign')!.shared).toBe(3);
    expect(await hp.getRepository(CityMerge).findOneByOrFail({ id: 'HD-HP' })).toMatchObject({
      fromCityCode: 'HD',
      intoCityCode: 'HP',
      effectiveDate: '2025-07-01',
      finishedAt: expect.any(Date),
    });

    const version = await readDataVersion(hp);
    const again: string[] = [];
    const second = await foldCity({
      from: 'HD',
      into: 'HP',
      predecessor: hd,
      successor: hp,
      log: (l) => again.push(l),
    });
    expect(second).toMatchObject({ copied: 0, alreadyFolded: true });
    expect(again[0]).toMatch(/nothing to copy/);
    expect(await readDataVersion(hp)).toBe(version);
  });

  it('continues an interrupted fold to the same totals (through the command’s function)', async () => {
    const { database, db: hp } = await haiPhong();
    const options = {
      from: 'HD',
      into: 'HP',
      fromDatabase: location(hdDatabase),
      intoDatabase: location(database),
    };
    const log: string[] = [];
    const first = await mergeCity({
      ...options,
      batchSize: 100,
      stopAfterBatches: 5,
      log: (l) => log.push(l),
    });
    expect(first.interrupted).toBe(true);
    const halfway = await hp.getRepository(MergedRecord).count();
    expect(halfway).toBeGreaterThan(0);
    expect(halfway).toBeLessThan(clean.copied);
    expect((await hp.getRepository(CityMerge).findOneByOrFail({ id: 'HD-HP' })).finishedAt).toBeNull();

    const resumed = await mergeCity({ ...options, batchSize: 100, log: (l) => log.push(l) });
    expect(log.some((line) => line.includes('continuing an earlier run'))).toBe(true);
    expect(resumed.copied).toBe(clean.copied - halfway);
    expect(resumed.totals).toEqual(clean.totals);
    expect(await hp.getRepository(MergedRecord).count()).toBe(clean.copied);
  });

  it('refuses unknown codes, a city into itself, a city that did not end, and the wrong successor', async () => {
    const { db: hp } = await haiPhong();
    const fold = (from: string, into: string) => foldCity({ from, into, predecessor: hd, successor: hp });
    await expect(fold('XX', 'HP')).rejects.toThrow(/Unknown city code XX/);
    await expect(fold('HD', 'ZZ')).rejects.toThrow(/Unknown city code ZZ/);
    await expect(fold('HP', 'HP')).rejects.toThrow(/cannot be folded into itself/);
    await expect(fold('HD', 'HN')).rejects.toThrow(/merged into HP, not into HN/);
    await expect(fold('HN', 'HP')).rejects.toThrow(/HN did not end in 2025/);
    await expect(
      mergeCity({ from: 'HD', into: 'HP', fromDatabase: '/nonexistent/city-HD.sqlite', log: () => {} }),
    ).rejects.toThrow(FoldRefused);
  });

  it('refuses a predecessor database of another city, and writes nothing', async () => {
    const { db: hp } = await haiPhong();
    const { db: otherHp } = await haiPhong();
    const before = await snapshot(hp);
    await expect(foldCity({ from: 'HD', into: 'HP', predecessor: otherHp, successor: hp })).rejects.toThrow(
      /--from database belongs to city HP, not to HD/,
    );
    expect(await snapshot(hp)).toEqual(before);
  });

  it('refuses ids Hải Phòng already uses for different rows, and writes nothing', async () => {
    const { db: hp } = await haiPhong();
    const theirs = formerHaiDuongDirectory().grassrootsUnions[7];
    const ours = await hp.getRepository(GrassrootsUnion).findOneByOrFail({ id: 'hp-thpt-cat-ba' });
    await hp.getRepository(GrassrootsUnion).insert({ ...ours, id: theirs.id, version: 1 });
    const before = await snapshot(hp);
    await expect(
      foldCity({ from: 'HD', into: 'HP', predecessor: hd, successor: hp, log: () => {} }),
    ).rejects.toThrow(
      new RegExp(`different rows.*nothing was written:\\n  grassroots_union: ${theirs.id}$`, 's'),
    );
    expect(await snapshot(hp)).toEqual(before);
    expect(await hp.getRepository(MergedRecord).count()).toBe(0);
  });
});
