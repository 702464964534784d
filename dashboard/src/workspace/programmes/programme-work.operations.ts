import { graphql } from '../../gql';

// The officer's city's programmes with what the forms need: delegations, follow-ups, visited units'
// keys; the cities and the catalog for the choices; the city's current leaders for the delegation.
export const ProgrammeWorkQuery = graphql(`
  query ProgrammeWork($cityCode: String!) {
    cities {
      code
      name
    }
    campaigns {
      code
      name
    }
    city(code: $cityCode) {
      code
      educationUnion {
        id
        leaders(current: true) {
          id
          fullName
          title
        }
      }
    }
    exchangeProgrammes(cityCode: $cityCode) {
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
      agendaCampaigns
      delegationMembers {
        id
        cityCode
        fullName
        position
        coChair
      }
      visitedUnits {
        id
        cityCode
      }
      followUps {
        id
        action
        ownerCity
        dueOn
        status
        isOverdue
      }
    }
  }
`);

// One city's grassroots unions, for choosing a visited unit or a follow-up's owner unit.
export const CityUnitsQuery = graphql(`
  query CityUnits($cityCode: String!) {
    city(code: $cityCode) {
      code
      grassrootsUnions(first: 100, status: ACTIVE) {
        edges {
          node {
            id
            name
          }
        }
      }
    }
  }
`);

export const CreateProgrammeMutation = graphql(`
  mutation CreateProgramme($input: ProgrammeInput!) {
    createExchangeProgramme(input: $input) {
      id
      title
    }
  }
`);

export const AddDelegationMemberMutation = graphql(`
  mutation AddDelegationMember($programmeId: ID!, $input: DelegationMemberInput!) {
    addDelegationMember(programmeId: $programmeId, input: $input) {
      id
      cityCode
      fullName
    }
  }
`);

export const RecordProgrammeMutation = graphql(`
  mutation RecordProgramme(
    $programmeId: ID!
    $status: ProgrammeStatus!
    $outcomes: [String!]
    $followUps: [FollowUpInput!]
    $visitedUnits: [UnitRefInput!]
  ) {
    recordExchangeProgramme(
      programmeId: $programmeId
      status: $status
      outcomes: $outcomes
      followUps: $followUps
      visitedUnits: $visitedUnits
    ) {
      id
      status
    }
  }
`);

export const SetFollowUpStatusMutation = graphql(`
  mutation SetFollowUpStatus($id: ID!, $status: FollowUpStatus!) {
    setFollowUpStatus(id: $id, status: $status) {
      id
      status
    }
  }
`);
