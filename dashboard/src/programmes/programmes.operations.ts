import { graphql } from '../gql';

// The cities (filter and names), every programme's start (the years to choose from), the
// timeline for the chosen year and city, and the overdue follow-ups of that city. Visited units come as
// keys only: their names are in ProgrammeVisitsQuery (see there).
export const ProgrammesQuery = graphql(`
  query Programmes($year: Int, $cityCode: String) {
    cities {
      code
      name
    }
    programmeDates: exchangeProgrammes {
      id
      startsOn
    }
    exchangeProgrammes(year: $year, cityCode: $cityCode) {
      id
      title
      kind
      hostCity
      cityCodes
      startsOn
      endsOn
      place
      status
      outcomes
      delegations {
        cityCode
        size
        members {
          id
          fullName
          position
          coChair
        }
      }
      agenda {
        code
        name
      }
      visitedUnits {
        id
        cityCode
      }
      scholarshipDrives {
        id
        title
        status
        totals {
          target
        }
      }
      followUps {
        id
        action
        ownerCity
        dueOn
        status
        isOverdue
        ownerOrganisation {
          name
        }
        ownerUnit {
          name
        }
      }
    }
    overdueFollowUps(cityCode: $cityCode) {
      id
      action
      ownerCity
      dueOn
      status
      isOverdue
      ownerOrganisation {
        name
      }
      ownerUnit {
        name
      }
    }
  }
`);

// The visited units' names, asked apart: ExchangeProgramme.visitedUnits is [GrassrootsUnion!]! with a
// non-null name, so when a unit's city is down the null climbs to the root and the graph answers no data
// at all. Asked alone, that loses only the names, and the timeline above still shows.
export const ProgrammeVisitsQuery = graphql(`
  query ProgrammeVisits($year: Int, $cityCode: String) {
    exchangeProgrammes(year: $year, cityCode: $cityCode) {
      id
      visitedUnits {
        id
        cityCode
        name
      }
    }
  }
`);
