import { DataSource } from 'typeorm';
import { SchoolLevelEntry } from '../entities/school-level.entity';
import { createCooperationLoaders } from '../loaders/cooperation-loaders';
import { PartnershipService } from './partnership.service';
import { RegistryService } from './registry.service';

/** Everything a cooperation resolver may touch, built afresh for each request. */
export function createCooperationContext(db: DataSource) {
  const loaders = createCooperationLoaders(db);
  return {
    loaders,
    registry: new RegistryService(db, loaders),
    partnerships: new PartnershipService(db, loaders),
    schoolLevels: () => db.getRepository(SchoolLevelEntry).find({ order: { position: 'ASC' } }),
  };
}

export type CooperationContext = ReturnType<typeof createCooperationContext>;
