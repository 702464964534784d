import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../shared/src/federated-schema';
import { AuditResolver } from './resolvers/audit.resolver';
import { CatalogMutationsResolver } from './resolvers/catalog-mutations.resolver';
import { DriveMoneyResolver } from './resolvers/drive-money.resolver';
import { DrivePartyResolver, DriveResolver } from './resolvers/drive.resolver';
import {
  DisbursementResolver,
  NominationResolver,
  PledgeResolver,
  ScholarshipAwardResolver,
} from './resolvers/drive-records.resolver';
import {
  AwardPeriodResolver,
  CampaignComparisonResolver,
  CampaignEditionResolver,
  CatalogResolver,
  CityComparisonResolver,
} from './resolvers/catalog.resolver';
import { cooperationAuthChecker } from './services/cooperation-access';
import { PartnershipResolver } from './resolvers/partnership.resolver';
import {
  DelegationMemberResolver,
  FollowUpResolver,
  PartnershipActivityResolver,
  ProgrammeResolver,
} from './resolvers/programme.resolver';
import {
  AwardRowIssuerResolver,
  CampaignLauncherResolver,
  NationalLeaderResolver,
  NationalOrganisationResolver,
} from './resolvers/national-organisation.resolver';
import { PeopleSearchResolver } from './resolvers/people-search.resolver';
import { cooperationReferenceResolvers } from './resolvers/reference-resolvers';
import {
  CityProvincialUnitResolver,
  PredecessorProvinceResolver,
  ProvincialUnitResolver,
} from './resolvers/provincial-units.resolver';
import { RegistryResolver } from './resolvers/registry.resolver';
import { SchoolLevelResolver } from './resolvers/school-level.resolver';

let built: Promise<GraphQLSchema> | undefined;

export function buildCooperationSchema(): Promise<GraphQLSchema> {
  built ??= buildFederatedSchema(
    {
      resolvers: [
        RegistryResolver,
        ProvincialUnitResolver,
        PredecessorProvinceResolver,
        CityProvincialUnitResolver,
        SchoolLevelResolver,
        PartnershipResolver,
        AuditResolver,
        CatalogResolver,
        CampaignEditionResolver,
        CampaignComparisonResolver,
        CityComparisonResolver,
        AwardPeriodResolver,
        NationalOrganisationResolver,
        NationalLeaderResolver,
        CampaignLauncherResolver,
        AwardRowIssuerResolver,
        PeopleSearchResolver,
        CatalogMutationsResolver,
        DriveResolver,
        DrivePartyResolver,
        PledgeResolver,
        NominationResolver,
        ScholarshipAwardResolver,
        DisbursementResolver,
        DriveMoneyResolver,
        ProgrammeResolver,
        DelegationMemberResolver,
        FollowUpResolver,
        PartnershipActivityResolver,
      ],
      authChecker: cooperationAuthChecker,
    },
    cooperationReferenceResolvers,
  );
  return built;
}
