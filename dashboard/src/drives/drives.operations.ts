import { graphql } from '../gql';

// The list: one request for every drive with its organisers and public totals.
export const DrivesQuery = graphql(`
  query Drives {
    cities {
      code
      name
    }
    scholarshipDrives {
      id
      title
      status
      scholarships
      amountEach
      opensOn
      parties(role: ORGANISER) {
        id
        role
        cityCode
        organisation {
          name
        }
        unit {
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

// One drive. Nomination.student is never asked for: an anonymous viewer may see initials and status only,
// and Disbursement.acknowledgedBy (a recipient's or guardian's name) is left out for the same reason.
export const DriveQuery = graphql(`
  query Drive($id: ID!) {
    cities {
      code
      name
    }
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
      exchangeProgrammeId
      personalDataErasedOn
      parties {
        id
        role
        cityCode
        organisation {
          name
        }
        unit {
          name
        }
      }
      totals {
        target
        pledged
        received
        awarded
        disbursed
        remainingToRaise
        remainingToDisburse
        scholarshipsAwarded
      }
      sponsorProgress {
        party {
          id
          role
          cityCode
          organisation {
            name
          }
          unit {
            name
          }
        }
        pledged
        received
      }
      beneficiaryProgress {
        party {
          id
          role
          cityCode
          organisation {
            name
          }
          unit {
            name
          }
        }
        nominations
        scholarships
        awarded
        disbursed
      }
      nominations {
        id
        initials
        status
      }
      awardedScholarships {
        id
        amount
        awardedOn
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
