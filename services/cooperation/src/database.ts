import { DataSource } from 'typeorm';
import { DatabaseSettings, openDatabase } from '../../shared/src/database';
import { AuditEntry } from './entities/audit-entry.entity';
import { CatalogCampaign, EditionRow, JointCampaign } from './entities/catalog.entity';
import { CampaignCatalog1764000000100 } from './migrations/1764000000100-campaign-catalog';
import { ScholarshipDrives1764200000100 } from './migrations/1764200000100-scholarship-drives';
import { PledgeReceipts1764200000200 } from './migrations/1764200000200-pledge-receipts';
import { ExchangeProgrammes1764300000100 } from './migrations/1764300000100-exchange-programmes';
import { IdempotencyScope1764400000100 } from './migrations/1764400000100-idempotency-scope';
import { EraseAcknowledgements1764400000200 } from './migrations/1764400000200-erase-acknowledgements';
import { GuardianConsentMethod1764500000100 } from './migrations/1764500000100-guardian-consent-method';
import { CooperationDataVersion1764600000100 } from './migrations/1764600000100-data-version';
import { ProvincialUnits1764700000100 } from './migrations/1764700000100-provincial-units';
import { NationalOrganisations1764700000200 } from './migrations/1764700000200-national-organisations';
import { trackDataVersion } from '../../shared/src/data-version';
import {
  DelegationMember,
  ExchangeProgramme,
  FollowUpAction,
  PartnershipActivity,
  ProgrammeVisit,
} from './entities/programme.entity';
import { DriveParty, ScholarshipDrive } from './entities/drive.entity';
import {
  Disbursement,
  Nomination,
  Pledge,
  PledgeReceipt,
  ScholarshipAward,
} from './entities/drive-money.entity';
import { MemberCity } from './entities/member-city.entity';
import { NationalLeader, NationalOrganisation } from './entities/national-organisation.entity';
import { PredecessorProvince, ProvincialUnit } from './entities/provincial-unit.entity';
import { SchoolLevelEntry } from './entities/school-level.entity';
import { SchoolPartnership } from './entities/school-partnership.entity';
import { CooperationBackbone1763800000100 } from './migrations/1763800000100-cooperation-backbone';
import { CooperationAudit1763900000100 } from './migrations/1763900000100-cooperation-audit';

export const COOPERATION_ENTITIES = [
  MemberCity,
  SchoolLevelEntry,
  SchoolPartnership,
  AuditEntry,
  CatalogCampaign,
  EditionRow,
  JointCampaign,
  ScholarshipDrive,
  DriveParty,
  Pledge,
  Nomination,
  ScholarshipAward,
  Disbursement,
  PledgeReceipt,
  ExchangeProgramme,
  DelegationMember,
  ProgrammeVisit,
  FollowUpAction,
  PartnershipActivity,
  ProvincialUnit,
  PredecessorProvince,
  NationalOrganisation,
  NationalLeader,
];
export const COOPERATION_MIGRATIONS = [
  CooperationBackbone1763800000100,
  CooperationAudit1763900000100,
  CampaignCatalog1764000000100,
  ScholarshipDrives1764200000100,
  PledgeReceipts1764200000200,
  ExchangeProgrammes1764300000100,
  IdempotencyScope1764400000100,
  EraseAcknowledgements1764400000200,
  GuardianConsentMethod1764500000100,
  CooperationDataVersion1764600000100,
  ProvincialUnits1764700000100,
  NationalOrganisations1764700000200,
];

export async function openCooperationDatabase(settings: DatabaseSettings): Promise<DataSource> {
  const db = await openDatabase(settings, COOPERATION_ENTITIES, COOPERATION_MIGRATIONS);
  trackDataVersion(db);
  return db;
}
