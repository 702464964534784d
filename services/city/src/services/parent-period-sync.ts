import { EntityManager, In, Not } from 'typeorm';
import { BadUserInputError } from '../../../shared/src/errors';
import { GrassrootsUnion } from '../entities/grassroots-union.entity';
import { parentPeriodId, UnitParentPeriod } from '../entities/unit-parent-period.entity';
import { byFirstDay } from './parent-dates';

const CHUNK = 200;

/** A period as a directory (demo data, seed) declares it; its id is derived (parentPeriodId). */
export interface ParentPeriodRecord {
  unitId: string;
  parentId: string;
  validFrom?: string | null;
  validTo?: string | null;
  note?: string | null;
}

const chunks = <T>(items: readonly T[]) =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/** Each unit's latest period, for the units of `unitIds` that have one. */
async function latestPeriods(manager: EntityManager, unitIds: string[]) {
  const periods = await manager.getRepository(UnitParentPeriod).findBy({ grassrootsUnionId: In(unitIds) });
  return new Map(periods.sort(byFirstDay).map((period) => [period.grassrootsUnionId, period]));
}

/**
 * Keeps the dated parent relation in step with `managed_by_id` after a write that sets the parent
 * without a date (creating a unit, correcting its parent, an import, a directory load): a unit without
 * periods gets one spanning its validity; a unit whose latest period names another parent has that
 * period corrected (a correction of the record, not a move: moves go through moveGrassrootsUnion).
 */
export async function keepParentPeriodsInStep(manager: EntityManager, unitIds: readonly string[]) {
  for (const chunk of chunks([...new Set(unitIds)])) {
    const units = await manager.getRepository(GrassrootsUnion).find({
      select: { id: true, managedById: true, validFrom: true, validTo: true },
      where: { id: In(chunk) },
    });
    const latest = await latestPeriods(manager, chunk);
    const missing: UnitParentPeriod[] = [];
    const corrections = new Map<string, string[]>();
    for (const unit of units) {
      const period = latest.get(unit.id);
      if (!period) {
        missing.push(
          Object.assign(new UnitParentPeriod(), {
            id: parentPeriodId(unit.id, unit.validFrom),
            grassrootsUnionId: unit.id,
            parentOrganisationId: unit.managedById,
            validFrom: unit.validFrom,
            validTo: unit.validTo,
            note: null,
          }),
        );
      } else if (period.parentOrganisationId !== unit.managedById) {
        corrections.set(unit.managedById, [...(corrections.get(unit.managedById) ?? []), period.id]);
      }
    }
    if (missing.length > 0) await manager.getRepository(UnitParentPeriod).insert(missing);
    for (const [parentOrganisationId, ids] of corrections) {
      await manager.getRepository(UnitParentPeriod).update({ id: In(ids) }, { parentOrganisationId });
    }
  }
}

/** A unit closed on `lastDay`: its latest period ends then too (refused if that period starts later). */
export async function endParentPeriod(manager: EntityManager, unitId: string, lastDay: string) {
  const period = (await latestPeriods(manager, [unitId])).get(unitId);
  if (!period) return;
  if (period.validFrom !== null && lastDay < period.validFrom) {
    throw new BadUserInputError(
      `validTo is before ${period.validFrom}, when the unit's current parent took it over`,
      { argument: 'input.validTo' },
    );
  }
  await manager.getRepository(UnitParentPeriod).update({ id: period.id }, { validTo: lastDay });
}

/**
 * Writes the periods a directory declares, by id, and removes other periods of those units: for them
 * the directory is the whole history (their units must be written first, with managed_by_id set to
 * declaredCurrentParents()).
 */
export async function writeDeclaredPeriods(manager: EntityManager, records: readonly ParentPeriodRecord[]) {
  const rows = records.map((record) =>
    Object.assign(new UnitParentPeriod(), {
      id: parentPeriodId(record.unitId, record.validFrom ?? null),
      grassrootsUnionId: record.unitId,
      parentOrganisationId: record.parentId,
      validFrom: record.validFrom ?? null,
      validTo: record.validTo ?? null,
      note: record.note?.normalize('NFC') ?? null,
    }),
  );
  const unitIds = [...new Set(rows.map((row) => row.grassrootsUnionId))];
  for (const chunk of chunks(unitIds)) {
    const keep = rows.filter((row) => chunk.includes(row.grassrootsUnionId)).map((row) => row.id);
    await manager.getRepository(UnitParentPeriod).delete({ grassrootsUnionId: In(chunk), id: Not(In(keep)) });
  }
  for (const chunk of chunks(rows)) {
    await manager.getRepository(UnitParentPeriod).upsert(chunk, ['id']);
  }
}

/** The parent each unit has in its latest declared period. */
export function declaredCurrentParents(records: readonly ParentPeriodRecord[]): Map<string, string> {
  const sorted = [...records].sort((a, b) => byFirstDay(span(a), span(b)));
  return new Map(sorted.map((record) => [record.unitId, record.parentId]));
}

const span = (record: ParentPeriodRecord) => ({
  validFrom: record.validFrom ?? null,
  validTo: record.validTo ?? null,
});
