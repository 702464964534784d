import { graphql } from '../../gql';

// What the officer chooses from: the catalog's campaigns, the city's organisations and districts.
export const CityChoicesQuery = graphql(`
  query CityWorkChoices($cityCode: String!) {
    campaigns {
      code
      name
    }
    city(code: $cityCode) {
      code
      name
      educationUnion {
        id
      }
      organisations {
        id
        name
        kind
        status
      }
      districts {
        id
        name
        status
      }
    }
  }
`);

/** The city's results of one campaign and year (one per reporting body). */
export const CampaignResultsQuery = graphql(`
  query CityWorkCampaignResults($cityCode: String!, $campaignCode: String!, $schoolYear: String!) {
    city(code: $cityCode) {
      code
      campaignResults(first: 100, campaignCode: $campaignCode, schoolYear: $schoolYear) {
        edges {
          node {
            cityCode
            id
            version
            campaignCode
            schoolYear
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
            reportedBy {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const RecordCampaignResultMutation = graphql(`
  mutation CityWorkRecordCampaignResult($cityCode: String!, $input: CampaignResultInput!, $version: Int) {
    recordCampaignResult(cityCode: $cityCode, input: $input, version: $version) {
      cityCode
      id
      version
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
    }
  }
`);

export const AwardDecisionsQuery = graphql(`
  query CityWorkAwardDecisions($cityCode: String!, $schoolYear: String, $after: String) {
    city(code: $cityCode) {
      code
      awardDecisions(first: 20, after: $after, schoolYear: $schoolYear) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            version
            schoolYear
            kind
            kindName
            issuerLevel
            recipientType
            recipientCount
            recipientName
            decisionNumber
            decisionDate
            status
            note
          }
        }
      }
    }
  }
`);

export const RecordAwardDecisionMutation = graphql(`
  mutation CityWorkRecordAwardDecision($cityCode: String!, $input: AwardDecisionInput!) {
    recordAwardDecision(cityCode: $cityCode, input: $input) {
      id
      version
      status
    }
  }
`);

export const RevokeAwardDecisionMutation = graphql(`
  mutation CityWorkRevokeAwardDecision($cityCode: String!, $id: ID!, $version: Int!, $reason: String!) {
    revokeAwardDecision(cityCode: $cityCode, id: $id, version: $version, reason: $reason) {
      id
      version
      status
      note
    }
  }
`);

export const InitiativesQuery = graphql(`
  query CityWorkInitiatives($cityCode: String!, $schoolYear: String, $after: String) {
    city(code: $cityCode) {
      code
      initiatives(first: 10, after: $after, schoolYear: $schoolYear) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            title
            authorName
            schoolYear
            level
            grade
            unit {
              cityCode
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const RecordInitiativeMutation = graphql(`
  mutation CityWorkRecordInitiative($cityCode: String!, $input: InitiativeInput!) {
    recordInitiative(cityCode: $cityCode, input: $input) {
      id
      title
    }
  }
`);

export const TrainingsQuery = graphql(`
  query CityWorkTrainings($cityCode: String!, $schoolYear: String) {
    city(code: $cityCode) {
      code
      trainings(schoolYear: $schoolYear) {
        id
        title
        schoolYear
        heldOn
        classes
        attendances
        attendancesAtLeast
        organiser {
          cityCode
          id
          name
        }
      }
    }
  }
`);

export const RecordTrainingMutation = graphql(`
  mutation CityWorkRecordTraining($cityCode: String!, $input: TrainingInput!) {
    recordTraining(cityCode: $cityCode, input: $input) {
      id
      title
    }
  }
`);
