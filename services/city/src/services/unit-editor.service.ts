import { DataSource, EntityManager } from 'typeorm';
import type { AuditTrail } from '../../../shared/src/audit-trail';
import { BadUserInputError, ConflictError } from '../../../shared/src/errors';
import { updateAtVersion } from '../../../shared/src/versioned-update';
import { foldForSearch, vietnameseSortKey } from '../../../shared/src/vietnamese-text';
import type { AuditEntry } from '../entities/audit-entry.entity';
import { District } from '../entities/district.entity';
import { UnitStatus } from '../entities/enums';
import { GrassrootsUnion } from '../entities/grassroots-union.entity';
import { Organisation } from '../entities/organisation.entity';
import type { CloseUnitInput, CreateUnitInput, UnitChangesInput } from '../resolvers/unit-inputs';
import type { CityLoaders } from '../loaders/city-loaders';
import { endParentPeriod, keepParentPeriodsInStep } from './parent-period-sync';

const nfc = (text: string) => text.trim().normalize('NFC');

/** Creating, changing and closing grassroots unions; each change audited in its transaction. */
export class UnitEditorService {
  constructor(
    private readonly db: DataSource,
    private readonly cityCode: string,
    private readonly loaders: CityLoaders,
    private readonly audit: AuditTrail<AuditEntry>,
  ) {}

  async create(input: CreateUnitInput): Promise<GrassrootsUnion> {
    const schoolName = nfc(input.schoolName);
    const id = `${this.cityCode.toLowerCase()}-${foldForSearch(schoolName).replace(/ /g, '-')}`.slice(0, 64);
    await this.db.transaction(async (manager) => {
      if (await manager.getRepository(GrassrootsUnion).existsBy({ id })) {
        throw new ConflictError(`A unit for ${schoolName} already exists (${id})`, {
          argument: 'input.schoolName',
          id,
        });
      }
      const districtName = await this.checkReferences(manager, input);
      const name = input.name ? nfc(input.name) : `Công đoàn ${schoolName}`;
      await manager.getRepository(GrassrootsUnion).insert({
        id,
        name,
        schoolName,
        schoolLevel: input.schoolLevel,
        districtId: input.districtId ?? null,
        managedById: input.managedById,
        memberCount: input.memberCount,
        status: UnitStatus.ACTIVE,
        validFrom: input.validFrom ?? null,
        validTo: null,
        isDemo: false,
        searchText: foldForSearch(`${name} ${schoolName} ${districtName}`),
        sortKey: vietnameseSortKey(schoolName),
        version: 1,
      });
      await keepParentPeriodsInStep(manager, [id]);
      await this.audit.record(manager, {
        operation: 'createGrassrootsUnion',
        recordType: 'GrassrootsUnion',
        recordId: id,
      });
    });
    return this.fresh(id);
  }

  async update(id: string, version: number, input: UnitChangesInput): Promise<GrassrootsUnion> {
    await this.db.transaction(async (manager) => {
      const current = await manager.getRepository(GrassrootsUnion).findOneBy({ id });
      const districtId = input.districtId !== undefined ? input.districtId : current?.districtId;
      const districtName = await this.checkReferences(manager, {
        districtId,
        managedById: input.managedById,
      });
      const changes: Partial<GrassrootsUnion> = {};
      if (input.schoolName) changes.schoolName = nfc(input.schoolName);
      if (input.name) changes.name = nfc(input.name);
      if (input.schoolLevel) changes.schoolLevel = input.schoolLevel;
      if (input.districtId !== undefined) changes.districtId = input.districtId;
      if (input.managedById) changes.managedById = input.managedById;
      if (input.memberCount !== undefined && input.memberCount !== null)
        changes.memberCount = input.memberCount;
      if (current) {
        const name = changes.name ?? current.name;
        const schoolName = changes.schoolName ?? current.schoolName;
        changes.searchText = foldForSearch(`${name} ${schoolName} ${districtName}`);
        changes.sortKey = vietnameseSortKey(schoolName);
      }
      await updateAtVersion(manager, GrassrootsUnion, id, version, changes, 'Grassroots union');
      // A parent given here corrects today's (a wrong record); a dated change is moveGrassrootsUnion.
      if (changes.managedById) await keepParentPeriodsInStep(manager, [id]);
      await this.audit.record(manager, {
        operation: 'updateGrassrootsUnion',
        recordType: 'GrassrootsUnion',
        recordId: id,
      });
    });
    return this.fresh(id);
  }

  /** Closes a unit: its history and results stay, its status and end date say what became of it. */
  async close(id: string, version: number, input: CloseUnitInput): Promise<GrassrootsUnion> {
    await this.db.transaction(async (manager) => {
      const current = await manager.getRepository(GrassrootsUnion).findOneBy({ id });
      if (current && current.validFrom && input.validTo < current.validFrom) {
        throw new BadUserInputError('validTo is before the unit’s validFrom', { argument: 'input.validTo' });
      }
      const changes = {
        status: input.status,
        validTo: input.validTo,
        statusNote: input.note?.trim() || null,
      };
      await updateAtVersion(manager, GrassrootsUnion, id, version, changes, 'Grassroots union');
      await endParentPeriod(manager, id, input.validTo);
      await this.audit.record(manager, {
        operation: 'closeGrassrootsUnion',
        recordType: 'GrassrootsUnion',
        recordId: id,
      });
    });
    return this.fresh(id);
  }

  /** Referenced district and organisation must exist; returns the district name for search. */
  private async checkReferences(
    manager: EntityManager,
    input: { districtId?: string | null; managedById?: string | null },
  ) {
    let districtName = '';
    if (input.districtId) {
      const district = await manager.getRepository(District).findOneBy({ id: input.districtId });
      if (!district)
        throw new BadUserInputError(`There is no district ${input.districtId}`, {
          argument: 'input.districtId',
        });
      districtName = district.name;
    }
    if (
      input.managedById &&
      !(await manager.getRepository(Organisation).existsBy({ id: input.managedById }))
    ) {
      throw new BadUserInputError(`There is no organisation ${input.managedById}`, {
        argument: 'input.managedById',
      });
    }
    return districtName;
  }

  private async fresh(id: string): Promise<GrassrootsUnion> {
    this.loaders.grassrootsUnionById.clear(id);
    this.loaders.periodsByUnitId.clear(id);
    return (await this.loaders.grassrootsUnionById.load(id)) as GrassrootsUnion;
  }
}
