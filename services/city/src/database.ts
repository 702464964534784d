import { DataSource } from 'typeorm';
import { DatabaseSettings, openDatabase } from '../../shared/src/database';
import { ConfigurationError } from '../../shared/src/errors';
import { DeploymentInfo } from './entities/deployment-info.entity';
import { District } from './entities/district.entity';
import { GrassrootsUnion } from './entities/grassroots-union.entity';
import { Leader } from './entities/leader.entity';
import { Organisation } from './entities/organisation.entity';
import { CityBackbone1763800000000 } from './migrations/1763800000000-city-backbone';
import { MembersAndAudit1763900000000 } from './migrations/1763900000000-members-and-audit';
import { UnionRecords1764000000000 } from './migrations/1764000000000-union-records';
import { UnitVersions1764100000000 } from './migrations/1764100000000-unit-versions';
import { DataVersion1764600000000 } from './migrations/1764600000000-data-version';
import { LeaderSearch1764700000000 } from './migrations/1764700000000-leader-search';
import { UnitParentPeriods1764700000100 } from './migrations/1764700000100-unit-parent-periods';
import { UnitParentPeriod } from './entities/unit-parent-period.entity';
import { trackDataVersion } from '../../shared/src/data-version';
import { AwardDecision } from './entities/award-decision.entity';
import { Campaign } from './entities/campaign.entity';
import { CampaignResult } from './entities/campaign-result.entity';
import { AgreementReview, CoordinationAgreement } from './entities/coordination-agreement.entity';
import { Initiative } from './entities/initiative.entity';
import { Training } from './entities/training.entity';
import { AnnualPlan, UnitMembership } from './entities/yearly-records.entity';
import { AuditEntry } from './entities/audit-entry.entity';
import { Member } from './entities/member.entity';
import { CityMerge, MergedRecord } from './entities/city-merge.entity';
import { CityMerges1764700000200 } from './migrations/1764700000200-city-merges';
import { CampaignLaunchers1764700000300 } from './migrations/1764700000300-campaign-launchers';

export const CITY_ENTITIES = [
  DeploymentInfo,
  District,
  Organisation,
  Leader,
  GrassrootsUnion,
  UnitParentPeriod,
  Member,
  AuditEntry,
  Campaign,
  CampaignResult,
  Initiative,
  AwardDecision,
  Training,
  CoordinationAgreement,
  AgreementReview,
  UnitMembership,
  AnnualPlan,
  CityMerge,
  MergedRecord,
];
export const CITY_MIGRATIONS = [
  CityBackbone1763800000000,
  MembersAndAudit1763900000000,
  UnionRecords1764000000000,
  UnitVersions1764100000000,
  DataVersion1764600000000,
  LeaderSearch1764700000000,
  UnitParentPeriods1764700000100,
  CityMerges1764700000200,
  CampaignLaunchers1764700000300,
];

/**
 * Opens a city's database, migrates it, and claims it for `cityCode` on first use. A database that
 * belongs to another city is refused, so a misconfigured deployment cannot serve the wrong records.
 */
export async function openCityDatabase(settings: DatabaseSettings, cityCode: string): Promise<DataSource> {
  const db = await openDatabase(settings, CITY_ENTITIES, CITY_MIGRATIONS);
  const info = db.getRepository(DeploymentInfo);
  const claimed = await info.findOneBy({ key: 'city_code' });
  if (!claimed) {
    await info.insert({ key: 'city_code', value: cityCode });
  } else if (claimed.value !== cityCode) {
    await db.destroy();
    throw new ConfigurationError(`This database belongs to city ${claimed.value}, not ${cityCode}`);
  }
  trackDataVersion(db);
  return db;
}
