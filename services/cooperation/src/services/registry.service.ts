import { DataSource } from 'typeorm';
import type { AuditTrail } from '../../../shared/src/audit-trail';
import { assertIsoDate } from '../../../shared/src/dates';
import { CITY_CODE_PATTERN } from '../../../shared/src/env';
import { BadUserInputError, ConflictError } from '../../../shared/src/errors';
import { whereMatches } from '../../../shared/src/search-filter';
import { foldForSearch, vietnameseSortKey } from '../../../shared/src/vietnamese-text';
import type { AuditEntry } from '../entities/audit-entry.entity';
import { MemberCity } from '../entities/member-city.entity';
import { CooperationLoaders } from '../loaders/cooperation-loaders';

export interface CityRegistration {
  code: string;
  name: string;
  englishName?: string | null;
  joinedOn: string;
}

/** Checks a registration and derives the stored row; throws BAD_USER_INPUT naming the field. */
export function registryRow(input: CityRegistration): MemberCity {
  const name = input.name.trim().normalize('NFC');
  if (!CITY_CODE_PATTERN.test(input.code)) {
    throw new BadUserInputError('code must be 2-8 upper-case letters, e.g. DN', { argument: 'code' });
  }
  if (!name) throw new BadUserInputError('name must not be empty', { argument: 'name' });
  assertIsoDate(input.joinedOn, 'joinedOn');
  return Object.assign(new MemberCity(), {
    code: input.code,
    name,
    englishName: input.englishName?.trim() || null,
    joinedOn: input.joinedOn,
    searchText: foldForSearch(`${input.code} ${name} ${input.englishName ?? ''}`),
    sortKey: vietnameseSortKey(name),
  });
}

/** The registry of member cities: which cities the hub knows, under which code. */
export class RegistryService {
  private memberCodes?: Promise<string[]>;

  constructor(
    private readonly db: DataSource,
    private readonly loaders: CooperationLoaders,
    private readonly audit: AuditTrail<AuditEntry>,
  ) {}

  byCode(code: string): Promise<MemberCity | null> {
    return this.loaders.cityByCode.load(code);
  }

  async list(search?: string | null): Promise<MemberCity[]> {
    const query = whereMatches(
      this.db.getRepository(MemberCity).createQueryBuilder('c'),
      'c.search_text',
      search,
    );
    const rows = await query.orderBy('c.sortKey', 'ASC').getMany();
    for (const row of rows) this.loaders.cityByCode.prime(row.code, row);
    return rows;
  }

  /** Every registered city's code, in registry order (that of `cities`), read once per request. */
  codes(): Promise<string[]> {
    this.memberCodes ??= this.list().then((rows) => rows.map((row) => row.code));
    return this.memberCodes;
  }

  /** Adds a city to the registry (a hub administrator's decision), audited with the change. */
  async register(input: CityRegistration): Promise<MemberCity> {
    const city = registryRow(input);
    await this.db.transaction(async (manager) => {
      if (await manager.getRepository(MemberCity).existsBy({ code: city.code })) {
        throw new ConflictError(`City ${city.code} is already registered`, { cityCode: city.code });
      }
      await manager.getRepository(MemberCity).insert(city);
      await this.audit.record(manager, {
        operation: 'registerCity',
        recordType: 'City',
        recordId: city.code,
      });
    });
    this.loaders.cityByCode.clear(city.code);
    this.memberCodes = undefined;
    return city;
  }
}
