import { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import { foldForSearch, vietnameseSortKey } from '../../../shared/src/vietnamese-text';
import { AwardDecision } from '../entities/award-decision.entity';
import { Campaign } from '../entities/campaign.entity';
import { Organisation } from '../entities/organisation.entity';
import { nationalBodyCodeOfName } from '../../../shared/src/national-bodies';
import { organisationIdOfName } from './campaign-launchers';
import { CampaignResult } from '../entities/campaign-result.entity';
import { AgreementReview, CoordinationAgreement } from '../entities/coordination-agreement.entity';
import { Initiative } from '../entities/initiative.entity';
import { RecordStatus } from '../entities/record-enums';
import { Training } from '../entities/training.entity';
import { AnnualPlan, UnitMembership } from '../entities/yearly-records.entity';

type Row<T> = Omit<T, 'cityCode' | 'searchText' | 'sortKey' | 'version'>;
type Optional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

export type CampaignRecord = Optional<
  Row<Campaign>,
  'isLocal' | 'launchedBy' | 'launcherCode' | 'launcherOrganisationId'
>;
export type CampaignResultRecord = Optional<
  Row<CampaignResult>,
  | 'participants'
  | 'participatingUnits'
  | 'initiativesSubmitted'
  | 'initiativesGraded'
  | 'initiativesGradeA'
  | 'target'
  | 'achievementPercent'
  | 'collectivesCommended'
  | 'individualsCommended'
  | 'highlights'
  | 'isDemo'
>;
export type InitiativeRecord = Optional<Row<Initiative>, 'unitId' | 'grade' | 'isDemo'>;
export type AwardRecord = Optional<
  Row<AwardDecision>,
  | 'recipientName'
  | 'recipientUnitId'
  | 'scopeOrganisationId'
  | 'decisionNumber'
  | 'decisionDate'
  | 'status'
  | 'note'
  | 'isDemo'
>;
export type TrainingRecord = Optional<Row<Training>, 'heldOn' | 'attendancesAtLeast' | 'isDemo'>;
export type AgreementRecord = Optional<
  Row<CoordinationAgreement>,
  'number' | 'signedOn' | 'periodStartYear' | 'periodEndYear' | 'note'
> & {
  reviews?: AgreementReview[];
};

/** Everything a city union records besides its directory, as the demo loader and imports supply it. */
export interface CityRecords {
  campaigns: CampaignRecord[];
  results: CampaignResultRecord[];
  initiatives: InitiativeRecord[];
  awards: AwardRecord[];
  trainings: TrainingRecord[];
  agreements: AgreementRecord[];
  memberships: UnitMembership[];
  plans: AnnualPlan[];
}

const CHUNK = 200;
const nfc = (text: string) => text.normalize('NFC');

/** Writes a city's records by natural id in one transaction; loading them again changes nothing. */
export class RecordsWriterService {
  constructor(private readonly db: DataSource) {}

  async upsert(records: CityRecords): Promise<void> {
    await this.db.transaction(async (manager) => {
      // Launchers are recognised among the city's organisations, which its directory wrote before.
      const organisations = await manager
        .getRepository(Organisation)
        .find({ select: { id: true, name: true } });
      await this.save(
        manager,
        Campaign,
        ['code'],
        records.campaigns.map((c) => this.campaign(c, organisations)),
      );
      await this.save(
        manager,
        CampaignResult,
        ['id'],
        records.results.map((r) => ({ isDemo: false, ...r })),
      );
      await this.save(
        manager,
        Initiative,
        ['id'],
        records.initiatives.map((i) => this.initiative(i)),
      );
      await this.save(
        manager,
        AwardDecision,
        ['id'],
        records.awards.map((a) => ({ status: RecordStatus.ACTIVE, isDemo: false, ...a })),
      );
      await this.save(
        manager,
        Training,
        ['id'],
        records.trainings.map((t) => ({ attendancesAtLeast: false, isDemo: false, ...t })),
      );
      const agreements = records.agreements.map(({ reviews: _reviews, ...agreement }) => ({
        ...agreement,
        title: nfc(agreement.title),
        sortKey: agreement.signedOn ?? '9999',
      }));
      await this.save(manager, CoordinationAgreement, ['id'], agreements);
      await this.save(
        manager,
        AgreementReview,
        ['id'],
        records.agreements.flatMap((a) => a.reviews ?? []),
      );
      await this.save(manager, UnitMembership, ['unitId', 'schoolYear'], records.memberships);
      await this.save(manager, AnnualPlan, ['schoolYear'], records.plans);
    });
  }

  private async save<T extends ObjectLiteral>(
    manager: EntityManager,
    entity: new () => T,
    keys: string[],
    rows: object[],
  ): Promise<void> {
    for (let start = 0; start < rows.length; start += CHUNK) {
      await manager.getRepository(entity).upsert(rows.slice(start, start + CHUNK) as never[], keys);
    }
  }

  private campaign(record: CampaignRecord, organisations: { id: string; name: string }[]) {
    const name = nfc(record.name);
    return {
      isLocal: false,
      launchedBy: null,
      launcherCode: nationalBodyCodeOfName(record.launchedBy),
      launcherOrganisationId: organisationIdOfName(organisations, record.launchedBy),
      ...record,
      name,
      searchText: foldForSearch(`${record.code} ${name}`),
      sortKey: vietnameseSortKey(name),
    };
  }

  private initiative(record: InitiativeRecord) {
    const title = nfc(record.title);
    return {
      unitId: null,
      grade: null,
      isDemo: false,
      ...record,
      title,
      searchText: foldForSearch(`${title} ${record.authorName}`),
      sortKey: vietnameseSortKey(title),
    };
  }
}
