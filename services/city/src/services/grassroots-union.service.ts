import { DataSource, SelectQueryBuilder } from 'typeorm';
import { keysetPage, PageRequest } from '../../../shared/src/keyset-page';
import { Connection } from '../../../shared/src/pagination';
import { whereMatches } from '../../../shared/src/search-filter';
import { SchoolLevel, UnitStatus } from '../entities/enums';
import { GrassrootsUnion, School } from '../entities/grassroots-union.entity';
import { CityLoaders } from '../loaders/city-loaders';

export interface GrassrootsUnionFilter {
  search?: string | null;
  districtId?: string | null;
  level?: SchoolLevel | null;
  status?: UnitStatus | null;
  managedById?: string | null;
  /** With managedById: the units it managed on this day (the dated parent relation) instead of today. */
  managedOn?: string | null;
}

/** Grassroots unions of one city, listed in Vietnamese alphabetical order. */
export class GrassrootsUnionService {
  constructor(
    private readonly db: DataSource,
    private readonly cityCode: string,
    private readonly loaders: CityLoaders,
  ) {}

  byId(id: string): Promise<GrassrootsUnion | null> {
    return this.loaders.grassrootsUnionById.load(id);
  }

  school(union: GrassrootsUnion): School {
    return { name: union.schoolName, level: union.schoolLevel };
  }

  /** The units an organisation manages directly: today's, or on `day` (an ended organisation's last day). */
  managedBy(organisationId: string, day: string | null, args: GrassrootsUnionFilter & PageRequest) {
    return this.list({ ...args, managedById: organisationId, managedOn: day }, args);
  }

  async list(filter: GrassrootsUnionFilter, page: PageRequest): Promise<Connection<GrassrootsUnion>> {
    const connection = await keysetPage(this.filtered(filter), page);
    for (const { node } of connection.edges) {
      node.cityCode = this.cityCode;
      this.loaders.grassrootsUnionById.prime(node.id, node);
    }
    return connection;
  }

  private filtered(filter: GrassrootsUnionFilter): SelectQueryBuilder<GrassrootsUnion> {
    const query = this.db.getRepository(GrassrootsUnion).createQueryBuilder('u');
    whereMatches(query, 'u.search_text', filter.search);
    if (filter.districtId) query.andWhere('u.district_id = :districtId', { districtId: filter.districtId });
    if (filter.level) query.andWhere('u.school_level = :level', { level: filter.level });
    if (filter.status) query.andWhere('u.status = :status', { status: filter.status });
    if (filter.managedById && filter.managedOn) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM unit_parent_period p WHERE p.grassroots_union_id = u.id
          AND p.parent_organisation_id = :managedById
          AND (p.valid_from IS NULL OR p.valid_from <= :managedOn) AND (p.valid_to IS NULL OR p.valid_to >= :managedOn))`,
        { managedById: filter.managedById, managedOn: filter.managedOn },
      );
    } else if (filter.managedById) {
      query.andWhere('u.managed_by_id = :managedById', { managedById: filter.managedById });
    }
    return query;
  }
}
