import { EntityManager, EntityMetadata, In, ObjectLiteral } from 'typeorm';
import { CITY_ENTITIES } from '../../services/city/src/database';
import { AuditEntry } from '../../services/city/src/entities/audit-entry.entity';
import { CityMerge, MergedRecord } from '../../services/city/src/entities/city-merge.entity';
import { DeploymentInfo } from '../../services/city/src/entities/deployment-info.entity';

/**
 * Not folded: which city a database is (deployment_info), the predecessor's audit trail (its own
 * deployment's history; the fold itself is recorded in city_merge) and provenance of folds the
 * predecessor itself received. The data version is not an entity: the successor's moves on by itself.
 */
const NOT_FOLDED = new Set<unknown>([DeploymentInfo, AuditEntry, CityMerge, MergedRecord]);

/** The tables a fold copies, in CITY_ENTITIES order, which puts every referenced table first. */
export const FOLDED_ENTITIES = CITY_ENTITIES.filter((entity) => !NOT_FOLDED.has(entity));

/** A row's key as merged_record keeps it: the primary columns' values, joined by "|". */
export function recordIdOf(metadata: EntityMetadata, row: ObjectLiteral): string {
  return metadata.primaryColumns.map((column) => String(column.getEntityValue(row))).join('|');
}

const comparable = (value: unknown): string =>
  value instanceof Date ? value.toISOString() : JSON.stringify(value ?? null);

/** Same content in every column; the optimistic-concurrency version is not content. */
export function sameRow(metadata: EntityMetadata, a: ObjectLiteral, b: ObjectLiteral): boolean {
  return metadata.columns
    .filter((column) => !column.isVersion)
    .every((column) => comparable(column.getEntityValue(a)) === comparable(column.getEntityValue(b)));
}

/** What becomes of one predecessor row in the successor. */
export interface Classified {
  /** Copied by an earlier (interrupted) run of this fold. */
  copied: ObjectLiteral[];
  /** Already in the successor, identical (e.g. a campaign of the shared catalog): left as it is. */
  shared: ObjectLiteral[];
  /** Same key, different content: the fold refuses. */
  collisions: ObjectLiteral[];
  toCopy: ObjectLiteral[];
}

/** Sorts a page of predecessor rows by what the successor already holds: two reads, no writes. */
export async function classify(
  successor: EntityManager,
  metadata: EntityMetadata,
  mergeId: string,
  rows: ObjectLiteral[],
): Promise<Classified> {
  const result: Classified = { copied: [], shared: [], collisions: [], toCopy: [] };
  if (rows.length === 0) return result;
  const provenance = await successor.getRepository(MergedRecord).find({
    select: { recordId: true },
    where: {
      tableName: metadata.tableName,
      mergeId,
      recordId: In(rows.map((row) => recordIdOf(metadata, row))),
    },
  });
  const copied = new Set(provenance.map((record) => record.recordId));
  const pending = rows.filter((row) => !copied.has(recordIdOf(metadata, row)));
  result.copied = rows.filter((row) => copied.has(recordIdOf(metadata, row)));
  const existing = new Map(
    (await findByKeys(successor, metadata, pending)).map((row) => [recordIdOf(metadata, row), row]),
  );
  for (const row of pending) {
    const there = existing.get(recordIdOf(metadata, row));
    if (!there) result.toCopy.push(row);
    else if (sameRow(metadata, row, there)) result.shared.push(row);
    else result.collisions.push(row);
  }
  return result;
}

async function findByKeys(
  manager: EntityManager,
  metadata: EntityMetadata,
  rows: ObjectLiteral[],
): Promise<ObjectLiteral[]> {
  if (rows.length === 0) return [];
  const repository = manager.getRepository(metadata.target);
  const keys = metadata.primaryColumns;
  if (keys.length === 1) {
    return repository.findBy({ [keys[0].propertyName]: In(rows.map((row) => keys[0].getEntityValue(row))) });
  }
  return repository.findBy(rows.map((row) => metadata.getEntityIdMap(row)!));
}

/** One page of the predecessor's rows of a table, in key order (the predecessor no longer changes). */
export function readPage(
  manager: EntityManager,
  metadata: EntityMetadata,
  offset: number,
  size: number,
): Promise<ObjectLiteral[]> {
  const order = Object.fromEntries(
    metadata.primaryColumns.map((column) => [column.propertyName, 'ASC' as const]),
  );
  return manager.getRepository(metadata.target).find({ order, skip: offset, take: size });
}
