import { DataSource } from 'typeorm';
import { CITY_CODE_PATTERN } from '../../../shared/src/env';
import { BadUserInputError, ConflictError } from '../../../shared/src/errors';
import { whereMatches } from '../../../shared/src/search-filter';
import { foldForSearch, vietnameseSortKey } from '../../../shared/src/vietnamese-text';
import { MemberCity } from '../entities/member-city.entity';
import { CooperationLoaders } from '../loaders/cooperation-loaders';

export interface CityRegistration {
  code: string;
  name: string;
  englishName?: string | null;
  joinedOn: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The registry of member cities: which cities the hub knows, under which code. */
export class RegistryService {
  constructor(
    private readonly db: DataSource,
    private readonly loaders: CooperationLoaders,
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

  /** Registers a city; `replace` updates an existing entry instead of refusing it (idempotent seeding). */
  async register(input: CityRegistration, options: { replace?: boolean } = {}): Promise<MemberCity> {
    const name = input.name.trim().normalize('NFC');
    if (!CITY_CODE_PATTERN.test(input.code)) {
      throw new BadUserInputError('code must be 2-8 upper-case letters, e.g. DN', { argument: 'code' });
    }
    if (!name) throw new BadUserInputError('name must not be empty', { argument: 'name' });
    if (!ISO_DATE.test(input.joinedOn) || Number.isNaN(Date.parse(input.joinedOn))) {
      throw new BadUserInputError('joinedOn must be a date written YYYY-MM-DD', { argument: 'joinedOn' });
    }
    const repository = this.db.getRepository(MemberCity);
    if (!options.replace && (await repository.existsBy({ code: input.code }))) {
      throw new ConflictError(`City ${input.code} is already registered`, { cityCode: input.code });
    }
    const city = repository.create({
      code: input.code,
      name,
      englishName: input.englishName?.trim() || null,
      joinedOn: input.joinedOn,
      searchText: foldForSearch(`${input.code} ${name} ${input.englishName ?? ''}`),
      sortKey: vietnameseSortKey(name),
    });
    await repository.save(city);
    this.loaders.cityByCode.clear(input.code);
    return city;
  }
}
