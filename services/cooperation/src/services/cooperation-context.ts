import { DataSource, EntityManager } from 'typeorm';
import type { AuditFacts } from '../../../shared/src/audit';
import { AuditTrail } from '../../../shared/src/audit-trail';
import type { Identity } from '../../../shared/src/identity';
import { AuditEntry } from '../entities/audit-entry.entity';
import { SchoolLevelEntry } from '../entities/school-level.entity';
import { CooperationLoaders, createCooperationLoaders } from '../loaders/cooperation-loaders';
import { CatalogEditorService } from './catalog-editor.service';
import { CatalogService } from './catalog.service';
import { CityReferenceCheck, GatewayReferenceCheck } from './city-references';
import { DriveMoneyService } from './drive-money.service';
import { DriveQueryService } from './drive-queries.service';
import { DriveSelectionService } from './drive-selection.service';
import { DriveService } from './drive.service';
import { ComparisonService } from './comparison.service';
import { NationalOrganisationService } from './national-organisation.service';
import { PartnershipService } from './partnership.service';
import { ProgrammeQueryService } from './programme-queries.service';
import { ProgrammeService } from './programme.service';
import { ProvincialUnitService } from './provincial-units.service';
import { RegistryService } from './registry.service';

/**
 * Every write of this subgraph records its audit entry in its own transaction, so that is where the
 * request's loaders forget what they have read: the selection under a mutation, and a later mutation
 * of the same document (they run one after another), read the rows as written, not as cached.
 */
class ForgetfulAuditTrail extends AuditTrail<AuditEntry> {
  constructor(
    db: DataSource,
    identity: Identity,
    private readonly loaders: CooperationLoaders,
  ) {
    super(db, identity, AuditEntry);
  }

  override async record(manager: EntityManager, facts: AuditFacts): Promise<void> {
    await super.record(manager, facts);
    this.loaders.forgetAll();
  }
}

/**
 * Everything a cooperation resolver may touch, built afresh for each request, for the identity asking.
 * `references` checks records of the cities that a write points to (without one, such writes are refused).
 */
export function createCooperationContext(
  db: DataSource,
  identity: Identity,
  references: CityReferenceCheck = new GatewayReferenceCheck(undefined, 0),
) {
  const loaders = createCooperationLoaders(db);
  const audit: AuditTrail<AuditEntry> = new ForgetfulAuditTrail(db, identity, loaders);
  const registry = new RegistryService(db, loaders, audit);
  const catalog = new CatalogService(db, loaders);
  const provincialUnits = new ProvincialUnitService(db, loaders);
  return {
    identity,
    loaders,
    audit,
    registry,
    partnerships: new PartnershipService(db, loaders, audit, references),
    catalog,
    comparisons: new ComparisonService(catalog, registry, provincialUnits),
    catalogEditor: new CatalogEditorService(db, loaders, audit),
    drives: new DriveService(db, identity, audit, references),
    driveMoney: new DriveMoneyService(db, identity, audit),
    driveSelection: new DriveSelectionService(db, identity, audit),
    driveQueries: new DriveQueryService(db, identity, loaders),
    programmes: new ProgrammeService(db, identity, audit, references),
    programmeQueries: new ProgrammeQueryService(db, loaders),
    nationalBodies: new NationalOrganisationService(db, loaders),
    provincialUnits,
    schoolLevels: () => db.getRepository(SchoolLevelEntry).find({ order: { position: 'ASC' } }),
  };
}

export type CooperationContext = ReturnType<typeof createCooperationContext>;
