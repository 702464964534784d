import { DataSource, EntityManager } from 'typeorm';
import { normaliseText } from '../../../shared/src/input-text';
import { foldForSearch, vietnameseSortKey } from '../../../shared/src/vietnamese-text';
import { NationalLeader, NationalOrganisation } from '../entities/national-organisation.entity';

export interface NationalLeaderRecord {
  id: string;
  organisationCode: string;
  fullName: string;
  /** As written in Vietnamese, e.g. "Phó Chủ tịch". */
  position: string;
  fromDate?: string | null;
  toDate?: string | null;
  note?: string | null;
  isDemo?: boolean;
}

/**
 * Reads a campaign's "launched by" text as a reference: the code of the national body whose name or
 * short name it is (accents and case ignored), or null for any other text (e.g. a city's union).
 * One statement, for a whole catalog.
 */
export async function launcherCodeReader(
  manager: EntityManager,
): Promise<(launchedBy: string | null | undefined) => string | null> {
  const codeByName = new Map<string, string>();
  for (const body of await manager.getRepository(NationalOrganisation).find()) {
    for (const name of [body.name, body.shortName]) if (name) codeByName.set(foldForSearch(name), body.code);
  }
  return (launchedBy) => (launchedBy ? (codeByName.get(foldForSearch(launchedBy)) ?? null) : null);
}

/**
 * Loads national leaders by id (the demo loader, not a client mutation): loading the same records
 * twice changes nothing. The bodies themselves are reference data, inserted by their migration.
 */
export class NationalBodyWriterService {
  constructor(private readonly db: DataSource) {}

  async upsertLeaders(records: NationalLeaderRecord[]): Promise<void> {
    const rows = records.map((record) => {
      const fullName = record.fullName.normalize('NFC');
      return Object.assign(new NationalLeader(), {
        id: record.id,
        organisationCode: record.organisationCode,
        fullName,
        position: record.position.normalize('NFC'),
        fromDate: record.fromDate ?? null,
        toDate: record.toDate ?? null,
        note: normaliseText(record.note),
        isDemo: record.isDemo ?? false,
        searchText: foldForSearch(fullName),
        sortKey: vietnameseSortKey(fullName),
      });
    });
    // In a transaction, even one statement: on SQLite that is what waits for the one writer's turn.
    await this.db.transaction((manager) => manager.getRepository(NationalLeader).upsert(rows, ['id']));
  }
}
