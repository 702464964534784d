import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { openCityDatabase } from '../../services/city/src/database';
import { CityMerge } from '../../services/city/src/entities/city-merge.entity';
import { DirectoryWriterService } from '../../services/city/src/services/directory-writer.service';
import { RecordsWriterService } from '../../services/city/src/services/records-writer.service';
import { formerHaiDuongDirectory, formerHaiDuongRecords } from '../demo-data/former-haiduong';
import { foldCity, FoldReport } from './fold';

/** Writes the former Hải Dương's demo records into a database claimed for HD. */
export async function loadFormerHaiDuongDemo(db: DataSource): Promise<number> {
  const directory = formerHaiDuongDirectory();
  await new DirectoryWriterService(db).upsert(directory);
  await new RecordsWriterService(db).upsert(formerHaiDuongRecords(directory));
  return directory.grassrootsUnions.length;
}

type DemoLoader = (db: DataSource) => Promise<number>;

/** The demo's predecessor deployments, by successor: Hải Dương's folded into Hải Phòng. */
export const DEMO_PREDECESSORS: Record<string, [string, DemoLoader][]> = {
  HP: [['HD', loadFormerHaiDuongDemo]],
};

/**
 * Folds the demo predecessors of `cityCode` into its (already seeded) database, with the code of
 * `npm run merge-city`: each predecessor's demo records go into a throwaway SQLite file first, as
 * its own deployment kept them. A fold already done is skipped without generating anything.
 */
export async function foldDemoPredecessors(
  successor: DataSource,
  cityCode: string,
  log: (line: string) => void = () => {},
): Promise<FoldReport[]> {
  const reports: FoldReport[] = [];
  for (const [from, load] of DEMO_PREDECESSORS[cityCode] ?? []) {
    const done = await successor.getRepository(CityMerge).findOneBy({ id: `${from}-${cityCode}` });
    if (done?.finishedAt) continue;
    const scratch = mkdtempSync(join(tmpdir(), `uft-${from.toLowerCase()}-`));
    const predecessor = await openCityDatabase({ sqliteFile: join(scratch, `city-${from}.sqlite`) }, from);
    try {
      await load(predecessor);
      reports.push(await foldCity({ from, into: cityCode, predecessor, successor, log }));
    } finally {
      await predecessor.destroy();
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  return reports;
}
