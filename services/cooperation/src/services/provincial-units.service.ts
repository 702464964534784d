import { DataSource } from 'typeorm';
import { whereMatches } from '../../../shared/src/search-filter';
import type { MemberCity } from '../entities/member-city.entity';
import { PredecessorProvince, ProvincialUnit } from '../entities/provincial-unit.entity';
import { CooperationLoaders } from '../loaders/cooperation-loaders';

/**
 * Vietnam's 34 provincial-level units and the 63 provinces before them (reference data, see
 * vietnam-provinces-2025.ts), joined to the member-city registry: a unit with a deployment is a
 * registered City. Everything here is the hub's own data, so listing units never asks a city.
 */
export class ProvincialUnitService {
  constructor(
    private readonly db: DataSource,
    private readonly loaders: CooperationLoaders,
  ) {}

  /** In Vietnamese order; `deployed` keeps only the units with (true) or without (false) a City. */
  async list(search?: string | null, deployed?: boolean | null): Promise<ProvincialUnit[]> {
    const query = whereMatches(
      this.db.getRepository(ProvincialUnit).createQueryBuilder('u'),
      'u.search_text',
      search,
    );
    if (deployed !== null && deployed !== undefined) {
      query.andWhere(`u.code ${deployed ? 'IN' : 'NOT IN'} (SELECT m.code FROM member_city m)`);
    }
    const rows = await query.orderBy('u.sortKey', 'ASC').getMany();
    for (const row of rows) this.loaders.provincialUnitByCode.prime(row.code, row);
    return rows;
  }

  /** Null for a code that is not one of the 34 (never an error: a client may simply ask). */
  byCode(code: string): Promise<ProvincialUnit | null> {
    return this.loaders.provincialUnitByCode.load(code);
  }

  predecessorByCode(code: string): Promise<PredecessorProvince | null> {
    return this.loaders.predecessorByCode.load(code);
  }

  predecessorsOf(unit: ProvincialUnit): Promise<PredecessorProvince[]> {
    return this.loaders.predecessorsByUnit.load(unit.code);
  }

  /** Never null: the foreign key holds every predecessor to one of the 34. */
  async successorOf(predecessor: PredecessorProvince): Promise<ProvincialUnit> {
    const unit = await this.loaders.provincialUnitByCode.load(predecessor.successorCode);
    return unit!;
  }

  /** The registered City of this unit, null while it has no deployment. */
  cityOf(unit: ProvincialUnit): Promise<MemberCity | null> {
    return this.loaders.cityByCode.load(unit.code);
  }

  async isDeployed(unit: ProvincialUnit): Promise<boolean> {
    return (await this.cityOf(unit)) !== null;
  }

  /** Each province merged into another unit in 2025, with that unit's code (one statement). */
  async successorsOfMerged(): Promise<Map<string, string>> {
    const merged = await this.db
      .getRepository(PredecessorProvince)
      .createQueryBuilder('p')
      .where('p.endedOn IS NOT NULL')
      .getMany();
    return new Map(merged.map(({ code, successorCode }) => [code, successorCode]));
  }

  /** Null for a registered city whose code is not one of the 34 units. */
  unitOfCity(city: MemberCity): Promise<ProvincialUnit | null> {
    return this.loaders.provincialUnitByCode.load(city.code);
  }
}
