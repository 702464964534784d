import { DataSource } from 'typeorm';
import { AuditTrail } from '../../../shared/src/audit-trail';
import type { Identity } from '../../../shared/src/identity';
import { AuditEntry } from '../entities/audit-entry.entity';
import { WrongCityError } from '../errors/city-errors';
import { createCityLoaders } from '../loaders/city-loaders';
import { createEducationSectorLoaders } from '../loaders/education-sector-loaders';
import { createRecordLoaders } from '../loaders/record-loaders';
import { CityStatsService } from './city-stats.service';
import { EditionFiguresService } from './edition-figures.service';
import { EducationSectorService } from './education-sector.service';
import { PredecessorFiguresService } from './predecessor-figures.service';
import { RecordEditorService } from './record-editor.service';
import { RecordImportService } from './record-import.service';
import { RecordsService } from './records.service';
import { UnitEditorService } from './unit-editor.service';
import { UnitParentsService } from './unit-parents.service';
import { canManageUnit } from './city-access';
import { CityFiguresService } from './city-figures.service';
import { GrassrootsUnionService } from './grassroots-union.service';
import { MemberService } from './member.service';
import { OrganisationService } from './organisation.service';
import { AwardIssuerService } from './award-issuer.service';
import { PeopleSearchService } from './people-search.service';

/** What a deployment may configure about its records. */
export interface CitySettings {
  /** The grading scale of initiatives, best first (INITIATIVE_GRADES, default A,B,C). */
  initiativeGrades: string[];
}

export const DEFAULT_CITY_SETTINGS: CitySettings = { initiativeGrades: ['A', 'B', 'C'] };

/** Everything a resolver may touch, built afresh for each request, for the identity asking. */
export function createCityContext(
  db: DataSource,
  cityCode: string,
  identity: Identity,
  settings: CitySettings = DEFAULT_CITY_SETTINGS,
) {
  const loaders = createCityLoaders(db, cityCode);
  const recordLoaders = createRecordLoaders(db, cityCode);
  const stats = new CityStatsService(db);
  const audit = new AuditTrail(db, identity, AuditEntry);
  return {
    cityCode,
    identity,
    loaders,
    recordLoaders,
    audit,
    records: new RecordsService(db, cityCode, recordLoaders),
    stats,
    editionFigures: new EditionFiguresService(db, cityCode, stats),
    predecessorFigures: new PredecessorFiguresService(db),
    educationSector: new EducationSectorService(createEducationSectorLoaders(db), cityCode),
    units: new UnitEditorService(db, cityCode, loaders, audit),
    unitParents: new UnitParentsService(db, cityCode, loaders, audit),
    recordEditor: new RecordEditorService(db, cityCode, audit, settings.initiativeGrades),
    imports: new RecordImportService(db, cityCode, audit),
    organisations: new OrganisationService(db, cityCode, loaders),
    people: new PeopleSearchService(db, cityCode, loaders),
    awardIssuers: new AwardIssuerService(loaders),
    grassrootsUnions: new GrassrootsUnionService(db, cityCode, loaders),
    figures: new CityFiguresService(db, cityCode, loaders),
    members: new MemberService(db, cityCode, audit, loaders, (unitId) =>
      canManageUnit({ identity, cityCode }, unitId),
    ),
    /** Root fields name their city; a deployment answers only for its own. */
    assertOwnCity(requested: string): void {
      if (requested !== cityCode) throw new WrongCityError(cityCode, requested);
    },
  };
}

export type CityContext = ReturnType<typeof createCityContext>;
