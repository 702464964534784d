import { DataSource } from 'typeorm';
import { keysetPage, PageRequest } from '../../../shared/src/keyset-page';
import { SchoolPartnership } from '../entities/school-partnership.entity';
import { CooperationLoaders } from '../loaders/cooperation-loaders';

/** School partnerships (twinning), possibly across cities; the units themselves live in the cities. */
export class PartnershipService {
  constructor(
    private readonly db: DataSource,
    private readonly loaders: CooperationLoaders,
  ) {}

  byId(id: string): Promise<SchoolPartnership | null> {
    return this.loaders.partnershipById.load(id);
  }

  unitA(partnership: SchoolPartnership) {
    return { cityCode: partnership.unitACity, id: partnership.unitAId };
  }

  unitB(partnership: SchoolPartnership) {
    return { cityCode: partnership.unitBCity, id: partnership.unitBId };
  }

  /** Ordered by start date, then id (the sort key is the start date). */
  async list(cityCode: string | null | undefined, page: PageRequest) {
    const query = this.db.getRepository(SchoolPartnership).createQueryBuilder('p');
    if (cityCode) query.where('(p.unit_a_city = :cityCode OR p.unit_b_city = :cityCode)', { cityCode });
    const connection = await keysetPage(query, page);
    for (const { node } of connection.edges) this.loaders.partnershipById.prime(node.id, node);
    return connection;
  }
}
