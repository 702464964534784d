import { graphql } from '../../gql';

// The workspace list: every drive with its parties, so the page can put the person's own first.
export const WorkDrivesQuery = graphql(`
  query WorkDrives {
    scholarshipDrives {
      id
      title
      status
      opensOn
      parties {
        id
        role
        cityCode
        organisation {
          id
          name
        }
        unit {
          id
          name
        }
      }
      totals {
        target
        pledged
        received
        awarded
        disbursed
      }
    }
  }
`);

// One drive as its parties work on it, without students' personal data (see WorkDriveStudentsQuery).
// Sponsors and nominating units come as ids of the drive's own parties, whose names are fetched once.
export const WorkDriveQuery = graphql(`
  query WorkDrive($id: ID!) {
    scholarshipDrive(id: $id) {
      id
      title
      purpose
      criteria
      status
      scholarships
      amountEach
      opensOn
      closesOn
      personalDataErasedOn
      parties {
        id
        role
        cityCode
        organisation {
          id
          name
        }
        unit {
          id
          name
        }
      }
      totals {
        target
        pledged
        received
        awarded
        disbursed
        remainingToDisburse
        scholarshipsAwarded
      }
      pledges {
        id
        amount
        pledgedOn
        note
        receivedAmount
        receivedOn
        status
        sponsor {
          id
        }
      }
      nominations {
        id
        initials
        status
        beneficiary {
          id
        }
      }
      awardedScholarships {
        id
        amount
        awardedOn
        nomination {
          id
          initials
        }
        disbursements {
          id
          amount
          paidOn
          method
        }
      }
    }
  }
`);

// Students' records and who acknowledged each payment: asked for only by an organiser, the one party
// that may see every nomination's (the graph refuses anyone else).
export const WorkDriveStudentsQuery = graphql(`
  query WorkDriveStudents($id: ID!) {
    scholarshipDrive(id: $id) {
      id
      nominations {
        id
        student {
          fullName
          schoolName
          gradeLabel
          guardianName
          guardianConsentOn
          guardianConsentMethod
        }
      }
      awardedScholarships {
        id
        disbursements {
          id
          acknowledgedBy
        }
      }
    }
  }
`);

// Choosing parties: the cities, and in one city its education union and the unions matching a search.
export const PartyCitiesQuery = graphql(`
  query PartyCities {
    cities {
      code
      name
    }
  }
`);

export const PartyOptionsQuery = graphql(`
  query PartyOptions($cityCode: String!, $search: String) {
    city(code: $cityCode) {
      code
      educationUnion {
        id
        name
      }
      grassrootsUnions(first: 10, search: $search, status: ACTIVE) {
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

export const CreateDriveMutation = graphql(`
  mutation CreateScholarshipDrive($input: DriveInput!) {
    createScholarshipDrive(input: $input) {
      id
      title
      status
    }
  }
`);

export const ChangeDriveStatusMutation = graphql(`
  mutation ChangeDriveStatus($driveId: ID!, $status: DriveStatus!) {
    changeDriveStatus(driveId: $driveId, status: $status) {
      id
      status
      version
    }
  }
`);

export const PledgeMutation = graphql(`
  mutation PledgeToDrive(
    $driveId: ID!
    $sponsorPartyId: ID!
    $amount: Int!
    $pledgedOn: String!
    $note: String
    $idempotencyKey: String
  ) {
    pledgeToDrive(
      driveId: $driveId
      sponsorPartyId: $sponsorPartyId
      amount: $amount
      pledgedOn: $pledgedOn
      note: $note
      idempotencyKey: $idempotencyKey
    ) {
      id
      amount
      status
    }
  }
`);

export const ReceivePledgeMutation = graphql(`
  mutation ReceivePledge($pledgeId: ID!, $amount: Int!, $receivedOn: String!, $idempotencyKey: String) {
    receivePledge(
      pledgeId: $pledgeId
      amount: $amount
      receivedOn: $receivedOn
      idempotencyKey: $idempotencyKey
    ) {
      id
      receivedAmount
      status
    }
  }
`);

export const NominateMutation = graphql(`
  mutation NominateStudent($driveId: ID!, $beneficiaryPartyId: ID!, $student: StudentInput!) {
    nominateStudent(driveId: $driveId, beneficiaryPartyId: $beneficiaryPartyId, student: $student) {
      id
      initials
      status
    }
  }
`);

export const DecideNominationMutation = graphql(`
  mutation DecideNomination($nominationId: ID!, $approve: Boolean!) {
    decideNomination(nominationId: $nominationId, approve: $approve) {
      id
      status
    }
  }
`);

export const AwardMutation = graphql(`
  mutation AwardScholarship($nominationId: ID!, $awardedOn: String!) {
    awardScholarship(nominationId: $nominationId, awardedOn: $awardedOn) {
      id
      amount
    }
  }
`);

export const DisburseMutation = graphql(`
  mutation DisburseScholarship(
    $awardId: ID!
    $amount: Int!
    $paidOn: String!
    $method: DisbursementMethod!
    $acknowledgedBy: String
    $idempotencyKey: String
  ) {
    disburseScholarship(
      awardId: $awardId
      amount: $amount
      paidOn: $paidOn
      method: $method
      acknowledgedBy: $acknowledgedBy
      idempotencyKey: $idempotencyKey
    ) {
      id
      amount
    }
  }
`);

export const EraseStudentDataMutation = graphql(`
  mutation EraseDriveStudentData($driveId: ID!) {
    eraseDriveStudentData(driveId: $driveId) {
      id
      personalDataErasedOn
    }
  }
`);
