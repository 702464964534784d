import { graphql } from '../gql';

export const OverviewQuery = graphql(`
  query Overview($schoolYear: String!) {
    cities {
      code
      name
      joinedOn
      grassrootsUnionCount
      memberCount
      educationUnion {
        id
        name
        chair {
          fullName
          title
        }
      }
      stats(schoolYear: $schoolYear) {
        schoolYear
        grassrootsUnions
        members
        initiatives
        awards {
          recipients
        }
        trainings {
          classes
        }
        campaignResults
      }
    }
  }
`);
