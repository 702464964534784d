import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildFederatedSchema, SchemaVariant } from '../../shared/src/federated-schema';
import { City, SchoolLevelEntry } from './entities/city.type';
import { AwardPeriod, CampaignEdition } from './entities/comparison.types';
import { PeopleSearch } from './entities/people-search.type';
import { AuditResolver } from './resolvers/audit.resolver';
import { CityResolver } from './resolvers/city.resolver';
import {
  CityEducationSectorResolver,
  EducationSectorYearResolver,
  SectorBodyResolver,
  SectorCampaignResultResolver,
} from './resolvers/education-sector.resolver';
import { CityMutationsResolver } from './resolvers/city-mutations.resolver';
import {
  AwardPeriodContributionResolver,
  CampaignEditionContributionResolver,
} from './resolvers/comparison-contributions.resolver';
import { ImportResolver } from './resolvers/import.resolver';
import { CityRecordsResolver } from './resolvers/city-records.resolver';
import {
  AgreementFieldsResolver,
  AgreementReviewFieldsResolver,
  AwardDecisionFieldsResolver,
  CampaignResultFieldsResolver,
  DistrictFiguresResolver,
  InitiativeFieldsResolver,
  TrainingFieldsResolver,
} from './resolvers/record-fields.resolver';
import { GrassrootsUnionResolver } from './resolvers/grassroots-union.resolver';
import {
  CampaignResultProvenanceResolver,
  GrassrootsUnionProvenanceResolver,
} from './resolvers/provenance.resolver';
import { UnitParentFieldsResolver, UnitParentPeriodResolver } from './resolvers/unit-parents.resolver';
import { LeaderResolver } from './resolvers/leader.resolver';
import { MemberResolver, UnitMembersResolver } from './resolvers/member.resolver';
import { OrganisationResolver } from './resolvers/organisation.resolver';
import {
  AwardIssuerResolver,
  CampaignLauncherResolver,
  PeopleSearchContributionResolver,
} from './resolvers/people-and-issuers.resolver';
import { cityReferenceResolvers } from './resolvers/reference-resolvers';
import { SchoolLevelResolver } from './resolvers/school-level.resolver';
import { cityAuthChecker } from './services/city-access';

let built: Promise<GraphQLSchema> | undefined;

/**
 * The one schema every city deployment serves (identical whatever CITY_CODE is). A `variant` builds
 * the schema of an older release instead (tests of version skew); only the default one is kept.
 */
export function buildCitySchema(variant: SchemaVariant = {}): Promise<GraphQLSchema> {
  if (variant.without?.length) return buildCitySchemaVariant(variant);
  built ??= buildCitySchemaVariant({});
  return built;
}

function buildCitySchemaVariant(variant: SchemaVariant): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        CityResolver,
        OrganisationResolver,
        LeaderResolver,
        GrassrootsUnionResolver,
        GrassrootsUnionProvenanceResolver,
        CampaignResultProvenanceResolver,
        UnitParentFieldsResolver,
        UnitParentPeriodResolver,
        SchoolLevelResolver,
        MemberResolver,
        UnitMembersResolver,
        AuditResolver,
        CityRecordsResolver,
        CampaignResultFieldsResolver,
        AwardDecisionFieldsResolver,
        InitiativeFieldsResolver,
        TrainingFieldsResolver,
        AgreementFieldsResolver,
        AgreementReviewFieldsResolver,
        DistrictFiguresResolver,
        CityMutationsResolver,
        ImportResolver,
        CampaignEditionContributionResolver,
        AwardPeriodContributionResolver,
        PeopleSearchContributionResolver,
        AwardIssuerResolver,
        CampaignLauncherResolver,
        CityEducationSectorResolver,
        EducationSectorYearResolver,
        SectorBodyResolver,
        SectorCampaignResultResolver,
      ],
      authChecker: cityAuthChecker,
      // Entities reached only through `_entities` are not reachable from Query, so list them explicitly.
      orphanedTypes: [City, SchoolLevelEntry, CampaignEdition, AwardPeriod, PeopleSearch],
    },
    cityReferenceResolvers,
    variant,
  );
}
