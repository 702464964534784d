import { graphql } from '../gql';

// One page of partnerships with both units (each resolved by its own city) and their activity logs; the
// cities (filter, names) and the catalog (movement names) come in the same request.
export const TwinningQuery = graphql(`
  query Twinning($first: Int!, $after: String, $cityCode: String) {
    cities {
      code
      name
    }
    campaigns {
      code
      name
    }
    schoolPartnerships(first: $first, after: $after, cityCode: $cityCode) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          movementCode
          startedOn
          status
          note
          isCrossCity
          unitA {
            id
            cityCode
            name
            district {
              name
            }
          }
          unitB {
            id
            cityCode
            name
            district {
              name
            }
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
