import { DataSource } from 'typeorm';
import { whereMatches } from '../../../shared/src/search-filter';
import { CatalogCampaign, EditionRow, JointCampaign, PeriodKind } from '../entities/catalog.entity';
import { CampaignEdition } from '../entities/comparison.types';
import { MemberCity } from '../entities/member-city.entity';
import { CooperationLoaders } from '../loaders/cooperation-loaders';
import { periodArgument } from './comparison.service';

const edition = (row: EditionRow): CampaignEdition => ({
  campaignCode: row.campaignCode,
  period: row.period,
  periodKind: row.periodKind,
});

/** The shared campaign catalog and its editions. */
export class CatalogService {
  constructor(
    private readonly db: DataSource,
    private readonly loaders: CooperationLoaders,
  ) {}

  async campaigns(search?: string | null): Promise<CatalogCampaign[]> {
    const query = whereMatches(
      this.db.getRepository(CatalogCampaign).createQueryBuilder('c'),
      'c.search_text',
      search,
    );
    const rows = await query.orderBy('c.sortKey', 'ASC').getMany();
    // Each edition listed under a campaign names its campaign again: already at hand.
    for (const row of rows) this.loaders.campaignByCode.prime(row.code, row);
    return rows;
  }

  campaign(code: string): Promise<CatalogCampaign | null> {
    return this.loaders.campaignByCode.load(code);
  }

  async editionsOf(campaignCode: string): Promise<CampaignEdition[]> {
    return (await this.loaders.editionsByCampaign.load(campaignCode)).map(edition);
  }

  async editionsIn(period: string): Promise<CampaignEdition[]> {
    const rows = await this.db.getRepository(EditionRow).find({
      where: { period: periodArgument(period) },
      order: { campaignCode: 'ASC' },
    });
    return rows.map(edition);
  }

  async edition(campaignCode: string, period: string): Promise<CampaignEdition | null> {
    const row = await this.db
      .getRepository(EditionRow)
      .findOneBy({ campaignCode, period: periodArgument(period) });
    return row ? edition(row) : null;
  }

  /** The cities that agreed to compare a campaign; empty means every city. */
  async jointCities(campaignCode: string): Promise<string[]> {
    return (await this.loaders.jointCitiesByCampaign.load(campaignCode)).map(
      (row: JointCampaign) => row.cityCode,
    );
  }

  /** The registered cities that agreed to compare a campaign, in code order; empty means every city. */
  async jointCityRecords(campaignCode: string): Promise<MemberCity[]> {
    const codes = await this.jointCities(campaignCode);
    const cities = await Promise.all(codes.map((code) => this.loaders.cityByCode.load(code)));
    return cities.filter((city) => city !== null);
  }

  static periodKindOf(period: string): PeriodKind {
    return /^\d{4}$/.test(period) ? PeriodKind.CALENDAR_YEAR : PeriodKind.SCHOOL_YEAR;
  }
}
