import { DataSource, LessThan } from 'typeorm';
import type { UnitRef } from '../../../shared/src/identity';
import { CatalogCampaign } from '../entities/catalog.entity';
import {
  DelegationMember,
  ExchangeProgramme,
  FollowUpAction,
  FollowUpStatus,
} from '../entities/programme.entity';
import type { CooperationLoaders } from '../loaders/cooperation-loaders';

export interface DelegationView {
  cityCode: string;
  size: number;
  members: DelegationMember[];
}

/**
 * Reading exchange programmes: by city and year, their delegations, agenda, visits and follow-ups.
 * Every relation goes through the request's loaders: a timeline of programmes costs the same
 * statements as one programme.
 */
export class ProgrammeQueryService {
  constructor(
    private readonly db: DataSource,
    private readonly loaders: CooperationLoaders,
  ) {}

  /** Programmes a city hosted or joined (or all), optionally of one calendar year, in date order. */
  async list(cityCode?: string | null, year?: number | null): Promise<ExchangeProgramme[]> {
    const query = this.db.getRepository(ExchangeProgramme).createQueryBuilder('p');
    if (year)
      query.where('p.starts_on BETWEEN :from AND :to', { from: `${year}-01-01`, to: `${year}-12-31` });
    const rows = await query.orderBy('p.startsOn', 'ASC').addOrderBy('p.id', 'ASC').getMany();
    return cityCode ? rows.filter((programme) => programme.cityCodes.includes(cityCode)) : rows;
  }

  byId(id: string): Promise<ExchangeProgramme | null> {
    return this.db.getRepository(ExchangeProgramme).findOneBy({ id });
  }

  /** Every delegation's members, city by city, co-chairs first. */
  members(programmeId: string): Promise<DelegationMember[]> {
    return this.loaders.membersByProgramme.load(programmeId);
  }

  /** Each participating city's delegation, in the programme's order of cities. */
  async delegations(programme: ExchangeProgramme): Promise<DelegationView[]> {
    const members = await this.members(programme.id);
    return programme.cityCodes.map((cityCode) => {
      const own = members.filter((member) => member.cityCode === cityCode);
      return { cityCode, size: own.length, members: own };
    });
  }

  /** The agenda's campaigns in the programme's order; a code no longer in the catalog is left out. */
  async agenda(programme: ExchangeProgramme): Promise<CatalogCampaign[]> {
    const campaigns = await Promise.all(
      programme.agendaCampaigns.map((code) => this.loaders.campaignByCode.load(code)),
    );
    return campaigns.filter((campaign) => campaign !== null);
  }

  /** The units visited, as references their own cities resolve. */
  async visitedUnits(programmeId: string): Promise<UnitRef[]> {
    const visits = await this.loaders.visitsByProgramme.load(programmeId);
    return visits.map(({ cityCode, unitId }) => ({ cityCode, id: unitId }));
  }

  followUps(programmeId: string): Promise<FollowUpAction[]> {
    return this.loaders.followUpsByProgramme.load(programmeId);
  }

  /** Open actions past their due date, across programmes (optionally of one owner city). */
  async overdue(today: string, cityCode?: string | null) {
    return this.db.getRepository(FollowUpAction).find({
      where: {
        status: FollowUpStatus.OPEN,
        dueOn: LessThan(today),
        ...(cityCode ? { ownerCity: cityCode } : {}),
      },
      order: { dueOn: 'ASC', id: 'ASC' },
    });
  }
}
