import { DataSource } from 'typeorm';
import { nationalIssuerCode } from '../../../shared/src/national-bodies';
import { checkPeopleSearch } from '../../../shared/src/people-search';
import { whereMatches } from '../../../shared/src/search-filter';
import type { CatalogCampaign } from '../entities/catalog.entity';
import { NationalLeader, NationalOrganisation } from '../entities/national-organisation.entity';
import type { PeopleSearch } from '../entities/people-search.types';
import type { CooperationLoaders } from '../loaders/cooperation-loaders';

/** The bodies above the cities, their leaders, and what refers to them (campaigns, award issuers). */
export class NationalOrganisationService {
  constructor(
    private readonly db: DataSource,
    private readonly loaders: CooperationLoaders,
  ) {}

  /** Every national body, in Vietnamese alphabetical order. */
  async list(): Promise<NationalOrganisation[]> {
    const rows = await this.db
      .getRepository(NationalOrganisation)
      .find({ order: { sortKey: 'ASC', code: 'ASC' } });
    for (const row of rows) this.loaders.nationalOrganisationByCode.prime(row.code, row);
    return rows;
  }

  byCode(code: string | null): Promise<NationalOrganisation | null> | null {
    return code ? this.loaders.nationalOrganisationByCode.load(code) : null;
  }

  parentOf(organisation: NationalOrganisation) {
    return this.byCode(organisation.parentCode);
  }

  leadersOf(organisation: NationalOrganisation): Promise<NationalLeader[]> {
    return this.loaders.nationalLeadersByOrganisation.load(organisation.code);
  }

  organisationOf(leader: NationalLeader) {
    return this.byCode(leader.organisationCode);
  }

  launcherOf(campaign: CatalogCampaign) {
    return this.byCode(campaign.launcherCode);
  }

  /** The national body behind an award issuer level; null for a city's own levels and the government. */
  issuerOf(issuerLevel: string) {
    return this.byCode(nationalIssuerCode(issuerLevel));
  }

  /** The root of a people search, checked (BAD_USER_INPUT naming `search` or `first`). */
  search(search: string, first: number): PeopleSearch {
    return checkPeopleSearch(search, first);
  }

  /** National leaders whose name holds every word of the search (accents and case ignored). */
  async leadersNamed({ search, first }: PeopleSearch): Promise<NationalLeader[]> {
    const checked = checkPeopleSearch(search, first);
    const query = whereMatches(
      this.db.getRepository(NationalLeader).createQueryBuilder('l'),
      'l.search_text',
      checked.search,
    );
    return query.orderBy('l.sortKey', 'ASC').addOrderBy('l.id', 'ASC').take(checked.first).getMany();
  }
}
