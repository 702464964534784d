import { graphql } from '../gql';

/** The catalog for the campaign and period choices (small, shared by later visits through the cache). */
export const CampaignCatalogQuery = graphql(`
  query ComparisonCampaignCatalog {
    campaigns {
      code
      name
      editions {
        period
      }
    }
  }
`);

/**
 * One campaign with every edition and its comparison: the chosen edition and the trend in one request,
 * on the boundaries chosen. The city names come along, so a city missing from the comparison can still
 * be named, and the provinces merged into each city, to name them.
 *
 * By union and by sector are two documents rather than one with @skip/@include: Apollo's query planner
 * (2.14) merges the two hub fetches and asks for both fields' @requires data unconditionally, so the
 * comparison asked for came back null (apollographql/federation#3317, open).
 */
export const CampaignComparisonQuery = graphql(`
  query CampaignComparisonView($campaignCode: String!, $boundaries: Boundaries!) {
    ...ComparisonPlaces
    campaign(code: $campaignCode) {
      code
      name
      launchedBy
      editions {
        period
        comparison(boundaries: $boundaries) {
          ...ComparisonStandings
        }
      }
    }
  }
`);

/** The same, grouped by education sector (every body that managed the city's school unions). */
export const CampaignSectorComparisonQuery = graphql(`
  query CampaignSectorComparisonView($campaignCode: String!, $boundaries: Boundaries!) {
    ...ComparisonPlaces
    campaign(code: $campaignCode) {
      code
      name
      launchedBy
      editions {
        period
        sectorComparison(boundaries: $boundaries) {
          ...ComparisonStandings
        }
      }
    }
  }
`);

export const ComparisonFragments = graphql(`
  fragment ComparisonPlaces on Query {
    cities {
      code
      name
    }
    provincialUnits(deployed: true) {
      code
      predecessors {
        code
        name
      }
    }
  }

  fragment ComparisonStandings on CampaignComparison {
    period
    previousPeriod
    complete
    missingCities
    boundaries
    groupedBy
    cities {
      cityCode
      reported
      formedFrom
      figures {
        ...ComparisonEditionFigures
      }
      indicators {
        indicator
        value
        rank
        gapToLeader
        previousValue
        change
      }
    }
  }

  fragment ComparisonEditionFigures on EditionCityResult {
    cityCode
    reported
    members
    participants
    participatingUnits
    initiativesSubmitted
    initiativesGraded
    initiativesGradeA
    target
    achievementPercent
    collectivesCommended
    individualsCommended
  }
`);
