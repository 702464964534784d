import { graphql } from '../../gql';

export const UnitSearchQuery = graphql(`
  query CityWorkUnits($cityCode: String!, $search: String, $after: String) {
    city(code: $cityCode) {
      code
      grassrootsUnions(first: 10, after: $after, search: $search) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            cityCode
            id
            name
            status
            memberCount
            version
            school {
              name
              level
            }
            district {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** One unit as it is stored now, with its version, for editing or for showing a conflict. */
export const UnitQuery = graphql(`
  query CityWorkUnit($cityCode: String!, $id: ID!) {
    grassrootsUnion(cityCode: $cityCode, id: $id) {
      cityCode
      id
      name
      status
      validFrom
      validTo
      statusNote
      memberCount
      version
      school {
        name
        level
      }
      district {
        id
        name
      }
      managedBy {
        cityCode
        id
        name
      }
    }
  }
`);

export const CreateUnitMutation = graphql(`
  mutation CityWorkCreateUnit($cityCode: String!, $input: CreateUnitInput!) {
    createGrassrootsUnion(cityCode: $cityCode, input: $input) {
      cityCode
      id
      name
      version
    }
  }
`);

export const UpdateUnitMutation = graphql(`
  mutation CityWorkUpdateUnit($cityCode: String!, $id: ID!, $version: Int!, $input: UnitChangesInput!) {
    updateGrassrootsUnion(cityCode: $cityCode, id: $id, version: $version, input: $input) {
      cityCode
      id
      name
      version
      memberCount
    }
  }
`);

export const CloseUnitMutation = graphql(`
  mutation CityWorkCloseUnit($cityCode: String!, $id: ID!, $version: Int!, $input: CloseUnitInput!) {
    closeGrassrootsUnion(cityCode: $cityCode, id: $id, version: $version, input: $input) {
      cityCode
      id
      status
      validTo
      statusNote
      version
    }
  }
`);

export const AuditTrailQuery = graphql(`
  query CityWorkAuditTrail($cityCode: String!, $after: String) {
    cityAuditTrail(cityCode: $cityCode, first: 20, after: $after) {
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
