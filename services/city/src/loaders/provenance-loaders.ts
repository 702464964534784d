import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { inKeyOrder } from '../../../shared/src/batch';
import { MergedRecord } from '../entities/city-merge.entity';

/** The key of a row's provenance: its table and its id, e.g. "grassroots_union|hd-…". */
export const provenanceKey = (tableName: string, recordId: string) => `${tableName}|${recordId}`;

/**
 * Where a row came from when a fold of a predecessor city brought it (`npm run merge-city`): its
 * origin city code, or null for the city's own rows. One statement per batch.
 */
export function createProvenanceLoaders(db: DataSource) {
  return {
    mergedFromByRecord: new DataLoader<string, string | null>(async (keys) => {
      const byTable = new Map<string, string[]>();
      for (const key of keys) {
        const [tableName, recordId] = [key.slice(0, key.indexOf('|')), key.slice(key.indexOf('|') + 1)];
        byTable.set(tableName, [...(byTable.get(tableName) ?? []), recordId]);
      }
      const rows = await db.getRepository(MergedRecord).find({
        select: { tableName: true, recordId: true, originCityCode: true },
        where: [...byTable].map(([tableName, ids]) => ({ tableName, recordId: In(ids) })),
      });
      return inKeyOrder(keys, rows, (row) => provenanceKey(row.tableName, row.recordId)).map(
        (row) => row?.originCityCode ?? null,
      );
    }),
  };
}
