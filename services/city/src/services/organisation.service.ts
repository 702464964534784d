import { DataSource } from 'typeorm';
import { LeaderRole, OrganisationKind, UnitStatus } from '../entities/enums';
import { Leader } from '../entities/leader.entity';
import { Organisation } from '../entities/organisation.entity';
import { CityLoaders, UnionTotals } from '../loaders/city-loaders';

const ROLE_ORDER = [LeaderRole.CHAIR, LeaderRole.VICE_CHAIR, LeaderRole.DIRECTOR, LeaderRole.DEPUTY_DIRECTOR];

/** Organisations of one city and their leaders. */
export class OrganisationService {
  constructor(
    private readonly db: DataSource,
    private readonly cityCode: string,
    private readonly loaders: CityLoaders,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {}

  byId(id: string): Promise<Organisation | null> {
    return this.loaders.organisationById.load(id);
  }

  async list(kind?: OrganisationKind | null, status?: UnitStatus | null): Promise<Organisation[]> {
    const rows = await this.db.getRepository(Organisation).find({
      where: { ...(kind ? { kind } : {}), ...(status ? { status } : {}) },
      order: { sortKey: 'ASC', id: 'ASC' },
    });
    for (const row of rows) {
      row.cityCode = this.cityCode;
      this.loaders.organisationById.prime(row.id, row);
    }
    return rows;
  }

  /** The city's education union (công đoàn ngành giáo dục); a deployment holds exactly one active. */
  async educationUnion(): Promise<Organisation | null> {
    const [union] = await this.list(OrganisationKind.EDUCATION_UNION, UnitStatus.ACTIVE);
    return union ?? null;
  }

  /** Highest role first (chair, vice chairs, director, deputies), then the oldest term first. */
  async leaders(organisationId: string, currentOnly?: boolean | null): Promise<Leader[]> {
    const leaders = await this.loaders.leadersByOrganisationId.load(organisationId);
    return (currentOnly ? leaders.filter((leader) => this.isCurrent(leader)) : [...leaders]).sort(
      (a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role),
    );
  }

  async currentHolders(organisationId: string, role: LeaderRole): Promise<Leader[]> {
    return (await this.leaders(organisationId, true)).filter((leader) => leader.role === role);
  }

  isCurrent(leader: Leader): boolean {
    return leader.termEnd === null || leader.termEnd >= this.today();
  }

  /**
   * The units it manages directly and their members: today's, or for an organisation that has ended
   * (a district federation after 30 June 2025) those it managed on its last day, so its record still
   * says what it was responsible for.
   */
  totals(organisation: Organisation): Promise<UnionTotals> {
    const lastDay = this.lastDay(organisation);
    return lastDay
      ? this.loaders.unionTotalsOnDay.load(`${organisation.id}|${lastDay}`)
      : this.loaders.unionTotalsByManagerId.load(organisation.id);
  }

  /** The last day of an organisation that has ended; null while it exists. */
  lastDay(organisation: Organisation): string | null {
    return organisation.validTo !== null && organisation.validTo < this.today() ? organisation.validTo : null;
  }
}
