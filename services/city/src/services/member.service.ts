import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../../shared/src/errors';
import { keysetPage, PageRequest } from '../../../shared/src/keyset-page';
import { vietnameseSortKey } from '../../../shared/src/vietnamese-text';
import { UnitStatus } from '../entities/enums';
import type { CityLoaders } from '../loaders/city-loaders';
import { GrassrootsUnion } from '../entities/grassroots-union.entity';
import { Member } from '../entities/member.entity';
import type { MemberContactInput, RecordMemberInput } from '../resolvers/member-inputs';
import type { AuditTrail } from '../../../shared/src/audit-trail';
import type { AuditEntry } from '../entities/audit-entry.entity';

/** Members of this city's grassroots unions; every change is audited in the same transaction. */
export class MemberService {
  constructor(
    private readonly db: DataSource,
    private readonly cityCode: string,
    private readonly audit: AuditTrail<AuditEntry>,
    private readonly loaders: CityLoaders,
    private readonly mayManageUnit: (unitId: string) => boolean,
  ) {}

  /** A page of a unit's members; asking only for the count (first: 0) is batched across units. */
  async list(unitId: string, page: PageRequest) {
    if (page.first === 0) {
      const totalCount = await this.loaders.memberCountByUnitId.load(unitId);
      return { totalCount, edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    }
    const query = this.db
      .getRepository(Member)
      .createQueryBuilder('m')
      .where('m.unit_id = :unitId', { unitId });
    const connection = await keysetPage(query, page);
    for (const { node } of connection.edges) node.cityCode = this.cityCode;
    return connection;
  }

  byId(id: string): Promise<Member | null> {
    return this.loaders.memberById.load(id);
  }

  async record(input: RecordMemberInput): Promise<Member> {
    const unit = await this.db.getRepository(GrassrootsUnion).findOneBy({ id: input.unitId });
    if (!unit)
      throw new BadUserInputError(`There is no grassroots union ${input.unitId}`, {
        argument: 'input.unitId',
      });
    if (unit.status !== UnitStatus.ACTIVE) {
      throw new BadUserInputError(`${unit.name} is ${unit.status.toLowerCase()}; members join active units`, {
        argument: 'input.unitId',
      });
    }
    const fullName = input.fullName.trim().normalize('NFC');
    const member = Object.assign(new Member(), {
      id: `${this.cityCode.toLowerCase()}-m-${randomUUID()}`,
      unitId: unit.id,
      fullName,
      gender: input.gender,
      dateOfBirth: input.dateOfBirth,
      position: input.position?.trim() || null,
      joinedOn: input.joinedOn ?? null,
      phone: input.phone ?? null,
      nationalId: input.nationalId ?? null,
      address: input.address?.trim().normalize('NFC') || null,
      isDemo: false,
      sortKey: vietnameseSortKey(fullName),
    });
    await this.db.transaction(async (manager) => {
      await manager.getRepository(Member).insert(member);
      await this.audit.record(manager, {
        operation: 'recordMember',
        recordType: 'Member',
        recordId: member.id,
      });
    });
    member.cityCode = this.cityCode;
    return member;
  }

  async updateContact(id: string, input: MemberContactInput): Promise<Member> {
    const member = await this.byId(id);
    if (!member) throw new NotFoundError(`There is no member ${id}`, { argument: 'id' });
    if (!this.mayManageUnit(member.unitId)) {
      throw new ForbiddenError(
        'Only officers of this city or of the member’s unit may change a member’s contact',
      );
    }
    const changes = {
      ...(input.phone !== undefined ? { phone: input.phone } : {}),
      ...(input.address !== undefined ? { address: input.address?.trim().normalize('NFC') || null } : {}),
    };
    await this.db.transaction(async (manager) => {
      await manager.getRepository(Member).update({ id }, changes);
      await this.audit.record(manager, {
        operation: 'updateMemberContact',
        recordType: 'Member',
        recordId: id,
      });
    });
    this.loaders.memberById.clear(id);
    return Object.assign(member, changes);
  }
}
