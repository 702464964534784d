import { graphql } from '../gql';

/** A period's awards, city against city, with the city names (to name a city that did not answer). */
export const AwardsComparisonQuery = graphql(`
  query AwardsComparisonView($period: String!) {
    cities {
      code
      name
    }
    awardPeriod(period: $period) {
      period
      cityAwards {
        cityCode
        lines {
          kind
          issuerLevel
          recipientType
          recipients
        }
      }
      comparison {
        period
        cityCodes
        complete
        missingCities
        rows {
          kind
          issuerLevel
          recipientType
          cities {
            cityCode
            recipients
          }
        }
      }
    }
  }
`);
