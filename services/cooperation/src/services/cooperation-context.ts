import { DataSource } from 'typeorm';
import { AuditTrail } from '../../../shared/src/audit-trail';
import type { Identity } from '../../../shared/src/identity';
import { AuditEntry } from '../entities/audit-entry.entity';
import { SchoolLevelEntry } from '../entities/school-level.entity';
import { createCooperationLoaders } from '../loaders/cooperation-loaders';
import { CatalogEditorService } from './catalog-editor.service';
import { CatalogService } from './catalog.service';
import { DriveMoneyService } from './drive-money.service';
import { DriveQueryService } from './drive-queries.service';
import { DriveSelectionService } from './drive-selection.service';
import { DriveService } from './drive.service';
import { ComparisonService } from './comparison.service';
import { PartnershipService } from './partnership.service';
import { ProgrammeQueryService } from './programme-queries.service';
import { ProgrammeService } from './programme.service';
import { RegistryService } from './registry.service';

/** Everything a cooperation resolver may touch, built afresh for each request, for the identity asking. */
export function createCooperationContext(db: DataSource, identity: Identity) {
  const loaders = createCooperationLoaders(db);
  const audit = new AuditTrail(db, identity, AuditEntry);
  const registry = new RegistryService(db, loaders, audit);
  const catalog = new CatalogService(db, loaders);
  return {
    identity,
    loaders,
    audit,
    registry,
    partnerships: new PartnershipService(db, loaders, audit),
    catalog,
    comparisons: new ComparisonService(catalog, registry),
    catalogEditor: new CatalogEditorService(db, loaders, audit),
    drives: new DriveService(db, identity, audit),
    driveMoney: new DriveMoneyService(db, identity, audit),
    driveSelection: new DriveSelectionService(db, identity, audit),
    driveQueries: new DriveQueryService(db, identity),
    programmes: new ProgrammeService(db, identity, audit),
    programmeQueries: new ProgrammeQueryService(db),
    schoolLevels: () => db.getRepository(SchoolLevelEntry).find({ order: { position: 'ASC' } }),
  };
}

export type CooperationContext = ReturnType<typeof createCooperationContext>;
