import { graphql } from '../gql';

/**
 * Everything a city's page shows for one school year, in one request. Lists the graph pages are asked
 * for at its largest page (100); the page says when a list has more than that (`totalCount`).
 */
export const CityPageQuery = graphql(`
  query CityPageView($cityCode: String!, $schoolYear: String!, $grade: String) {
    city(code: $cityCode) {
      code
      name
      englishName
      joinedOn
      grassrootsUnionCount
      memberCount
      educationUnion {
        id
        name
        leaders {
          id
          fullName
          title
          termStart
          termEnd
          isCurrent
        }
      }
      annualPlan(schoolYear: $schoolYear) {
        theme
        targets
        solutionGroups
        adoptedOn
      }
      stats(schoolYear: $schoolYear) {
        schoolYear
        grassrootsUnions
        members
        initiatives
        initiativesByGrade {
          grade
          count
        }
        awards {
          recipients
        }
        trainings {
          sessions
          classes
          attendances
        }
        campaignResults
      }
      districtBreakdown(schoolYear: $schoolYear) {
        district {
          id
          name
          kind
          status
          validTo
        }
        grassrootsUnions
        members
        initiatives
      }
      districtFederations {
        id
        name
        status
        validTo
        grassrootsUnionCount
        memberCount
        district {
          name
        }
        leaders {
          fullName
          title
          isCurrent
        }
      }
      campaignResults(schoolYear: $schoolYear, first: 100) {
        totalCount
        edges {
          node {
            id
            campaignCode
            participants
            participatingUnits
            initiativesSubmitted
            initiativesGraded
            initiativesGradeA
            target
            achievementPercent
            collectivesCommended
            individualsCommended
            highlights
            campaign {
              name
            }
            reportedBy {
              name
            }
            dataQualityWarnings {
              code
              message
            }
          }
        }
      }
      awardDecisions(schoolYear: $schoolYear, first: 100) {
        totalCount
        edges {
          node {
            id
            kindName
            issuerLevel
            recipientType
            recipientCount
            recipientName
            decisionNumber
            decisionDate
            status
            scope {
              name
            }
            recipientUnit {
              name
            }
          }
        }
      }
      initiatives(schoolYear: $schoolYear, grade: $grade, first: 100) {
        totalCount
        edges {
          node {
            id
            title
            authorName
            level
            grade
            unit {
              id
              name
            }
          }
        }
      }
      trainings(schoolYear: $schoolYear) {
        id
        title
        heldOn
        classes
        attendances
        attendancesAtLeast
        organiser {
          name
        }
      }
      coordinationAgreements {
        id
        number
        kind
        title
        signedOn
        parties
        periodStartYear
        periodEndYear
        reviews {
          id
          reviewedOn
          summary
        }
      }
    }
  }
`);

/** The city's grassroots unions, one page at a time: the list pages on its own, by cursor. */
export const CityUnionListQuery = graphql(`
  query CityUnionList($cityCode: String!, $first: Int!, $after: String, $search: String) {
    city(code: $cityCode) {
      code
      grassrootsUnions(first: $first, after: $after, search: $search) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            name
            status
            memberCount
            school {
              name
              level
            }
            district {
              name
            }
          }
        }
      }
    }
  }
`);

/**
 * A grassroots union's public record. Members' names and contacts are for the city's officers only
 * (the graph refuses them to an anonymous viewer: UNAUTHENTICATED), so no member field is asked for;
 * `memberCount` is the public figure.
 */
export const GrassrootsUnionQuery = graphql(`
  query GrassrootsUnionView($cityCode: String!, $unitId: ID!) {
    cities {
      code
      name
    }
    grassrootsUnion(cityCode: $cityCode, id: $unitId) {
      id
      name
      status
      statusNote
      validFrom
      validTo
      memberCount
      school {
        name
        level
      }
      district {
        name
        kind
        status
        validTo
      }
      managedBy {
        id
        name
      }
      membershipHistory {
        schoolYear
        members
      }
    }
    unitPartnerships(cityCode: $cityCode, unitId: $unitId) {
      id
      movementCode
      startedOn
      status
      isCrossCity
      unitA {
        cityCode
        id
        name
        school {
          name
        }
      }
      unitB {
        cityCode
        id
        name
        school {
          name
        }
      }
      activities {
        id
        heldOn
        kind
        participants
      }
    }
  }
`);
