import { DataSource, LessThan } from 'typeorm';
import {
  DelegationMember,
  ExchangeProgramme,
  FollowUpAction,
  FollowUpStatus,
  ProgrammeVisit,
} from '../entities/programme.entity';

/** Reading exchange programmes: by city and year, their delegations, visits and follow-ups. */
export class ProgrammeQueryService {
  constructor(private readonly db: DataSource) {}

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

  members(programmeId: string) {
    return this.db
      .getRepository(DelegationMember)
      .find({ where: { programmeId }, order: { cityCode: 'ASC', coChair: 'DESC', id: 'ASC' } });
  }

  visits(programmeId: string) {
    return this.db
      .getRepository(ProgrammeVisit)
      .find({ where: { programmeId }, order: { cityCode: 'ASC', unitId: 'ASC' } });
  }

  followUps(programmeId: string) {
    return this.db
      .getRepository(FollowUpAction)
      .find({ where: { programmeId }, order: { dueOn: 'ASC', id: 'ASC' } });
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
