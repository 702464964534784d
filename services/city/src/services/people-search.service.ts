import { DataSource } from 'typeorm';
import { checkPeopleSearch } from '../../../shared/src/people-search';
import { whereMatches } from '../../../shared/src/search-filter';
import { Leader } from '../entities/leader.entity';
import type { PeopleSearch } from '../entities/people-search.type';
import type { CityLoaders } from '../loaders/city-loaders';

/** This city's part of the hub's people search: its leaders, of every organisation, past and present. */
export class PeopleSearchService {
  constructor(
    private readonly db: DataSource,
    private readonly cityCode: string,
    private readonly loaders: CityLoaders,
  ) {}

  /**
   * Leaders whose full name holds every word of the search, accents and case ignored, in Vietnamese
   * order, at most `first`: one statement whatever matches (their organisations come through a loader).
   * The search is checked again here: `_entities` reaches a city without the hub's argument checks.
   */
  async leaders({ search, first }: PeopleSearch): Promise<Leader[]> {
    const checked = checkPeopleSearch(search, first);
    const query = whereMatches(
      this.db.getRepository(Leader).createQueryBuilder('l'),
      'l.search_text',
      checked.search,
    );
    const rows = await query
      .orderBy('l.sortKey', 'ASC')
      .addOrderBy('l.id', 'ASC')
      .take(checked.first)
      .getMany();
    for (const row of rows) {
      row.cityCode = this.cityCode;
      this.loaders.leaderById.prime(row.id, row);
    }
    return rows;
  }
}
