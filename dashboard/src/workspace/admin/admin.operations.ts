import { graphql } from '../../gql';

// The registry and the catalog as the administrator edits them.
export const AdminCatalogQuery = graphql(`
  query AdminCatalog {
    cities {
      code
      name
      englishName
      joinedOn
    }
    campaigns {
      code
      name
      kind
      scope
      launchedBy
      startYear
      description
      editions {
        period
      }
      jointCities {
        code
      }
    }
  }
`);

export const HubAuditTrailQuery = graphql(`
  query HubAuditTrail($first: Int!, $after: String) {
    hubAuditTrail(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          recordedAt
          actorSubject
          actorRole
          actorCity
          operation
          recordType
          recordId
        }
      }
    }
  }
`);

export const RegisterCityMutation = graphql(`
  mutation RegisterCity($input: RegisterCityInput!) {
    registerCity(input: $input) {
      code
      name
    }
  }
`);

export const SaveCampaignMutation = graphql(`
  mutation SaveCampaign($input: CampaignInput!) {
    saveCampaign(input: $input) {
      code
      name
    }
  }
`);

export const AddCampaignEditionMutation = graphql(`
  mutation AddCampaignEdition($campaignCode: String!, $period: String!) {
    addCampaignEdition(campaignCode: $campaignCode, period: $period) {
      campaignCode
      period
    }
  }
`);

export const SetJointCitiesMutation = graphql(`
  mutation SetJointCities($campaignCode: String!, $cityCodes: [String!]!) {
    setJointCities(campaignCode: $campaignCode, cityCodes: $cityCodes) {
      code
      jointCities {
        code
      }
    }
  }
`);
