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
 * One campaign with every edition and its comparison: the chosen edition and the trend in one request.
 * The city names come along, so a city missing from the comparison can still be named.
 */
export const CampaignComparisonQuery = graphql(`
  query CampaignComparisonView($campaignCode: String!) {
    cities {
      code
      name
    }
    campaign(code: $campaignCode) {
      code
      name
      launchedBy
      editions {
        period
        cityResults {
          ...ComparisonEditionFigures
        }
        previousCityResults {
          ...ComparisonEditionFigures
        }
        comparison {
          period
          previousPeriod
          complete
          missingCities
          cities {
            cityCode
            reported
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
