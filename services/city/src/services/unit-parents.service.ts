import { DataSource, EntityManager } from 'typeorm';
import type { AuditTrail } from '../../../shared/src/audit-trail';
import { BadUserInputError, NotFoundError } from '../../../shared/src/errors';
import { schoolYearArgument } from '../../../shared/src/school-year';
import { updateAtVersion } from '../../../shared/src/versioned-update';
import type { AuditEntry } from '../entities/audit-entry.entity';
import { GrassrootsUnion } from '../entities/grassroots-union.entity';
import { Organisation } from '../entities/organisation.entity';
import { parentPeriodId, UnitParentPeriod } from '../entities/unit-parent-period.entity';
import type { CityLoaders } from '../loaders/city-loaders';
import type { MoveUnitInput } from '../resolvers/unit-inputs';
import { byFirstDay, covers, dayBefore, periodOn, schoolYearAnchor, todayIso } from './parent-dates';
import { keepParentPeriodsInStep } from './parent-period-sync';

const refuse = (argument: string, message: string) => new BadUserInputError(message, { argument });

/** Who managed a grassroots union when (the dated parent relation), and moving it to a new parent. */
export class UnitParentsService {
  constructor(
    private readonly db: DataSource,
    private readonly cityCode: string,
    private readonly loaders: CityLoaders,
    private readonly audit: AuditTrail<AuditEntry>,
    private readonly today: () => string = todayIso,
  ) {}

  /** Oldest first. */
  history(unit: GrassrootsUnion): Promise<UnitParentPeriod[]> {
    return this.loaders.periodsByUnitId.load(unit.id);
  }

  async parentOn(unit: GrassrootsUnion, date: string): Promise<Organisation | null> {
    const period = periodOn(await this.history(unit), date);
    return period ? this.parent(period) : null;
  }

  /** The parent on the school year's anchor day: 31 May of its second year (parent-dates.ts). */
  parentIn(unit: GrassrootsUnion, schoolYear: string): Promise<Organisation | null> {
    return this.parentOn(unit, schoolYearAnchor(schoolYearArgument(schoolYear), unit.validTo));
  }

  async parent(period: UnitParentPeriod): Promise<Organisation> {
    return (await this.loaders.organisationById.load(period.parentOrganisationId)) as Organisation;
  }

  /**
   * Moves a unit to a new parent from `input.from`: the current period ends the day before, a new one
   * starts, managed_by_id follows, and the change is audited — all in one transaction, or nothing.
   */
  async move(id: string, version: number, input: MoveUnitInput): Promise<GrassrootsUnion> {
    await this.db.transaction(async (manager) => {
      const unit = await manager.getRepository(GrassrootsUnion).findOneBy({ id });
      if (!unit)
        throw new NotFoundError(`There is no grassroots union ${id} in ${this.cityCode}`, { argument: 'id' });
      await keepParentPeriodsInStep(manager, [id]);
      const periods = (await manager.getRepository(UnitParentPeriod).findBy({ grassrootsUnionId: id })).sort(
        byFirstDay,
      );
      const current = periods[periods.length - 1]!;
      await this.checkMove(manager, unit, current, input);
      await updateAtVersion(
        manager,
        GrassrootsUnion,
        id,
        version,
        { managedById: input.parentId },
        'Grassroots union',
      );
      await manager
        .getRepository(UnitParentPeriod)
        .update({ id: current.id }, { validTo: dayBefore(input.from) });
      await manager.getRepository(UnitParentPeriod).insert({
        id: parentPeriodId(id, input.from),
        grassrootsUnionId: id,
        parentOrganisationId: input.parentId,
        validFrom: input.from,
        validTo: current.validTo,
        note: input.note ?? null,
      });
      await this.audit.record(manager, {
        operation: 'moveGrassrootsUnion',
        recordType: 'GrassrootsUnion',
        recordId: id,
      });
    });
    this.loaders.grassrootsUnionById.clear(id);
    this.loaders.periodsByUnitId.clear(id);
    return (await this.loaders.grassrootsUnionById.load(id)) as GrassrootsUnion;
  }

  private async checkMove(
    manager: EntityManager,
    unit: GrassrootsUnion,
    current: UnitParentPeriod,
    { parentId, from }: MoveUnitInput,
  ): Promise<void> {
    const parent = await manager.getRepository(Organisation).findOneBy({ id: parentId });
    if (!parent) throw refuse('input.parentId', `There is no organisation ${parentId} in ${this.cityCode}`);
    if (!covers(parent, from)) {
      throw refuse(
        'input.parentId',
        `${parent.name} did not exist on ${from} (from ${parent.validFrom ?? 'before the records'} to ${parent.validTo ?? 'today'})`,
      );
    }
    if (parent.id === current.parentOrganisationId) {
      throw refuse('input.parentId', `${parent.name} already manages ${unit.name}`);
    }
    if (from > this.today()) {
      throw refuse('input.from', `input.from ${from} is after today: record a move once it takes effect`);
    }
    if (current.validFrom !== null && from <= current.validFrom) {
      throw refuse(
        'input.from',
        `input.from must be after ${current.validFrom}, the first day under its current parent`,
      );
    }
    if (unit.validTo !== null && from > unit.validTo) {
      throw refuse('input.from', `input.from is after ${unit.validTo}, the unit's last day`);
    }
  }
}
