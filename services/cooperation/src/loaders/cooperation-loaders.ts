import { DataSource } from 'typeorm';
import { CatalogCampaign, EditionRow, JointCampaign } from '../entities/catalog.entity';
import { MemberCity } from '../entities/member-city.entity';
import { SchoolLevelEntry } from '../entities/school-level.entity';
import { SchoolPartnership } from '../entities/school-partnership.entity';
import { rowBy, rowsBy } from './batched';
import { createDriveLoaders } from './drive-loaders';
import { createProgrammeLoaders } from './programme-loaders';
import { createNationalLoaders } from './national-loaders';
import { createProvincialUnitLoaders } from './provincial-unit-loaders';

/**
 * Per-request loaders of the cooperation subgraph; every batch answers in key order. Every
 * __resolveReference and every relation goes through one, so that a list costs the same statements
 * whatever its length (test/subgraph/cooperation-statement-counts.test.ts).
 */
export function createCooperationLoaders(db: DataSource) {
  const loaders = {
    cityByCode: rowBy(db, MemberCity, 'code'),
    schoolLevelByCode: rowBy(db, SchoolLevelEntry, 'code'),
    campaignByCode: rowBy(db, CatalogCampaign, 'code'),
    editionsByCampaign: rowsBy(db, EditionRow, 'campaignCode', { period: 'ASC' }),
    jointCitiesByCampaign: rowsBy(db, JointCampaign, 'campaignCode', { cityCode: 'ASC' }),
    partnershipById: rowBy(db, SchoolPartnership, 'id'),
    ...createDriveLoaders(db),
    ...createProgrammeLoaders(db),
    ...createNationalLoaders(db),
    ...createProvincialUnitLoaders(db),
  };
  const all = Object.values(loaders);
  return {
    ...loaders,
    /** Forgets everything read so far, after a write (see cooperation-context.ts). */
    forgetAll: () => all.forEach((loader) => loader.clearAll()),
  };
}

export type CooperationLoaders = ReturnType<typeof createCooperationLoaders>;
