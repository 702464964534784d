import { graphql } from '../../gql';

// The partnerships with a unit in the person's city, each with its units' names and its log; the page
// keeps those the person acts for.
export const TwinningWorkQuery = graphql(`
  query TwinningWork($cityCode: String!) {
    schoolPartnerships(first: 100, cityCode: $cityCode) {
      edges {
        node {
          id
          startedOn
          unitA {
            id
            cityCode
            name
          }
          unitB {
            id
            cityCode
            name
          }
          activities {
            id
            heldOn
            kind
            participants
            note
          }
        }
      }
    }
  }
`);

export const RecordActivityMutation = graphql(`
  mutation RecordPartnershipActivity($partnershipId: ID!, $input: ActivityInput!) {
    recordPartnershipActivity(partnershipId: $partnershipId, input: $input) {
      id
      heldOn
      kind
      participants
    }
  }
`);
