import { DataSource, EntityManager } from 'typeorm';
import { foldForSearch, vietnameseSortKey } from '../../../shared/src/vietnamese-text';
import { District } from '../entities/district.entity';
import { DistrictKind, LeaderRole, OrganisationKind, SchoolLevel, UnitStatus } from '../entities/enums';
import { GrassrootsUnion } from '../entities/grassroots-union.entity';
import { Leader } from '../entities/leader.entity';
import { Gender, Member } from '../entities/member.entity';
import { Organisation } from '../entities/organisation.entity';
import {
  declaredCurrentParents,
  keepParentPeriodsInStep,
  ParentPeriodRecord,
  writeDeclaredPeriods,
} from './parent-period-sync';

interface Validity {
  status?: UnitStatus;
  validFrom?: string | null;
  validTo?: string | null;
}

export interface DistrictRecord extends Validity {
  id: string;
  name: string;
  kind: DistrictKind;
}

export interface OrganisationRecord extends Validity {
  id: string;
  kind: OrganisationKind;
  name: string;
  shortName?: string | null;
  englishName?: string | null;
  districtId?: string | null;
  isDemo?: boolean;
}

export interface LeaderRecord {
  id: string;
  organisationId: string;
  fullName: string;
  role: LeaderRole;
  termStart?: string | null;
  termEnd?: string | null;
  note?: string | null;
  isDemo?: boolean;
}

export interface GrassrootsUnionRecord extends Validity {
  id: string;
  /** Defaults to "Công đoàn <school name>". */
  name?: string;
  schoolName: string;
  schoolLevel: SchoolLevel;
  districtId?: string | null;
  /** Its parent, unless the directory's parentPeriods say otherwise. */
  managedById: string;
  memberCount: number;
  isDemo?: boolean;
}

export interface MemberRecord {
  id: string;
  unitId: string;
  fullName: string;
  gender: Gender;
  dateOfBirth: string;
  position?: string | null;
  joinedOn?: string | null;
  phone?: string | null;
  nationalId?: string | null;
  address?: string | null;
  isDemo?: boolean;
}

export interface CityDirectory {
  districts: DistrictRecord[];
  organisations: OrganisationRecord[];
  leaders: LeaderRecord[];
  grassrootsUnions: GrassrootsUnionRecord[];
  members?: MemberRecord[];
  /** Dated parents of some units (e.g. moves of the 2025 reorganisation); they override managedById. */
  parentPeriods?: ParentPeriodRecord[];
}

const CHUNK = 200;
const nfc = <T extends string | null | undefined>(text: T): T => (text?.normalize('NFC') ?? text) as T;

/**
 * Writes a city's directory by natural id, in one transaction: a second load of the same records
 * changes nothing. Search and sort columns are derived here, never supplied.
 */
export class DirectoryWriterService {
  constructor(private readonly db: DataSource) {}

  async upsert(directory: CityDirectory): Promise<void> {
    const districtNames = new Map(directory.districts.map((district) => [district.id, district.name]));
    await this.db.transaction(async (manager) => {
      await this.save(
        manager,
        District,
        directory.districts.map((d) => this.district(d)),
      );
      await this.save(
        manager,
        Organisation,
        directory.organisations.map((o) => this.organisation(o, districtNames)),
      );
      await this.save(
        manager,
        Leader,
        directory.leaders.map((l) => this.leader(l)),
      );
      const parents = declaredCurrentParents(directory.parentPeriods ?? []);
      await this.save(
        manager,
        GrassrootsUnion,
        directory.grassrootsUnions.map((u) =>
          this.union({ ...u, managedById: parents.get(u.id) ?? u.managedById }, districtNames),
        ),
      );
      await writeDeclaredPeriods(manager, directory.parentPeriods ?? []);
      await keepParentPeriodsInStep(
        manager,
        directory.grassrootsUnions.map((u) => u.id),
      );
      await this.save(
        manager,
        Member,
        (directory.members ?? []).map((m) => this.member(m)),
      );
    });
  }

  private async save<T extends object>(
    manager: EntityManager,
    entity: new () => T,
    rows: T[],
  ): Promise<void> {
    for (let start = 0; start < rows.length; start += CHUNK) {
      await manager.getRepository(entity).upsert(rows.slice(start, start + CHUNK) as never[], ['id']);
    }
  }

  private validity(record: Validity) {
    return {
      status: record.status ?? UnitStatus.ACTIVE,
      validFrom: record.validFrom ?? null,
      validTo: record.validTo ?? null,
    };
  }

  private district(record: DistrictRecord): District {
    return Object.assign(new District(), {
      id: record.id,
      name: nfc(record.name),
      kind: record.kind,
      ...this.validity(record),
      sortKey: vietnameseSortKey(record.name),
    });
  }

  private organisation(record: OrganisationRecord, districts: Map<string, string>): Organisation {
    const district = record.districtId ? (districts.get(record.districtId) ?? '') : '';
    return Object.assign(new Organisation(), {
      id: record.id,
      kind: record.kind,
      name: nfc(record.name),
      shortName: nfc(record.shortName) ?? null,
      englishName: record.englishName ?? null,
      districtId: record.districtId ?? null,
      ...this.validity(record),
      isDemo: record.isDemo ?? false,
      searchText: foldForSearch(
        `${record.name} ${record.shortName ?? ''} ${record.englishName ?? ''} ${district}`,
      ),
      sortKey: vietnameseSortKey(record.name),
    });
  }

  private leader(record: LeaderRecord): Leader {
    const fullName = nfc(record.fullName);
    return Object.assign(new Leader(), {
      ...record,
      fullName,
      termStart: record.termStart ?? null,
      termEnd: record.termEnd ?? null,
      note: record.note ?? null,
      isDemo: record.isDemo ?? false,
      searchText: foldForSearch(fullName),
      sortKey: vietnameseSortKey(fullName),
    });
  }

  private member(record: MemberRecord): Member {
    const fullName = nfc(record.fullName);
    return Object.assign(new Member(), {
      ...record,
      fullName,
      position: record.position ?? null,
      joinedOn: record.joinedOn ?? null,
      phone: record.phone ?? null,
      nationalId: record.nationalId ?? null,
      address: nfc(record.address) ?? null,
      isDemo: record.isDemo ?? false,
      sortKey: vietnameseSortKey(fullName),
    });
  }

  private union(record: GrassrootsUnionRecord, districts: Map<string, string>): GrassrootsUnion {
    const schoolName = nfc(record.schoolName);
    const name = nfc(record.name) ?? `Công đoàn ${schoolName}`;
    const district = record.districtId ? (districts.get(record.districtId) ?? '') : '';
    return Object.assign(new GrassrootsUnion(), {
      id: record.id,
      name,
      schoolName,
      schoolLevel: record.schoolLevel,
      districtId: record.districtId ?? null,
      managedById: record.managedById,
      memberCount: record.memberCount,
      ...this.validity(record),
      isDemo: record.isDemo ?? false,
      searchText: foldForSearch(`${name} ${schoolName} ${district}`),
      sortKey: vietnameseSortKey(schoolName),
    });
  }
}
