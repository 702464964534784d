import type { Person } from '../../auth/person';
import type { DriveStatus, WorkDriveQuery, WorkDriveStudentsQuery } from '../../gql/graphql';
import { partiesActedFor, type WorkParty } from './party-access';

export type WorkDrive = NonNullable<WorkDriveQuery['scholarshipDrive']>;
export type Students = NonNullable<WorkDriveStudentsQuery['scholarshipDrive']>;
export type Student = NonNullable<Students['nominations'][number]['student']>;

/** The services' workflow (drive-rules.ts): each status and where an organiser may move it. */
export const NEXT_STATUS: Record<DriveStatus, DriveStatus[]> = {
  DRAFT: ['OPEN', 'CANCELLED'],
  OPEN: ['SELECTING', 'CANCELLED'],
  SELECTING: ['AWARDED', 'CANCELLED'],
  AWARDED: ['CLOSED'],
  CLOSED: [],
  CANCELLED: [],
};

/** What the signed-in person may do on this drive now, as the services decide it (drive-*.service.ts). */
export function stepsFor(person: Person, drive: WorkDrive) {
  const parties = drive.parties as WorkParty[];
  const organiser = partiesActedFor(person, parties, 'ORGANISER').length > 0;
  const sponsors = partiesActedFor(person, parties).filter((party) => party.role !== 'BENEFICIARY');
  const beneficiaries = partiesActedFor(person, parties, 'BENEFICIARY');
  const is = (...statuses: DriveStatus[]) => statuses.includes(drive.status);
  return {
    organiser,
    sponsors,
    beneficiaries,
    changeStatus: organiser && NEXT_STATUS[drive.status].length > 0,
    pledge: sponsors.length > 0 && is('OPEN', 'SELECTING'),
    receive: organiser && is('OPEN', 'SELECTING', 'AWARDED'),
    nominate: beneficiaries.length > 0 && is('OPEN', 'SELECTING'),
    select: organiser && is('SELECTING'),
    disburse: organiser && is('SELECTING', 'AWARDED'),
    erase: organiser && is('CLOSED', 'CANCELLED') && !drive.personalDataErasedOn,
  };
}

export type Steps = ReturnType<typeof stepsFor>;
