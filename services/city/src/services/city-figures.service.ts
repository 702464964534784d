import { DataSource } from 'typeorm';
import { District } from '../entities/district.entity';
import { UnitStatus } from '../entities/enums';
import { GrassrootsUnion } from '../entities/grassroots-union.entity';
import { CityLoaders, UnionTotals } from '../loaders/city-loaders';

/** City-wide figures: totals over active units, and the per-level figures contributed to the hub. */
export class CityFiguresService {
  private cityTotals?: Promise<UnionTotals>;

  constructor(
    private readonly db: DataSource,
    private readonly cityCode: string,
    private readonly loaders: CityLoaders,
  ) {}

  totals(): Promise<UnionTotals> {
    this.cityTotals ??= this.db
      .getRepository(GrassrootsUnion)
      .createQueryBuilder('u')
      .select('COUNT(*)', 'units')
      .addSelect('SUM(u.member_count)', 'members')
      .where('u.status = :active', { active: UnitStatus.ACTIVE })
      .getRawOne<{ units: string | number; members: string | number | null }>()
      .then((row) => ({ grassrootsUnions: Number(row?.units ?? 0), members: Number(row?.members ?? 0) }));
    return this.cityTotals;
  }

  async levelFigures(levelCode: string) {
    const totals = await this.loaders.unionTotalsByLevel.load(levelCode);
    return { cityCode: this.cityCode, ...totals };
  }

  async districts(status?: UnitStatus | null): Promise<District[]> {
    const rows = await this.db
      .getRepository(District)
      .find({ where: status ? { status } : {}, order: { sortKey: 'ASC', id: 'ASC' } });
    for (const row of rows) {
      row.cityCode = this.cityCode;
      this.loaders.districtById.prime(row.id, row);
    }
    return rows;
  }

  districtById(id: string): Promise<District | null> {
    return this.loaders.districtById.load(id);
  }
}
