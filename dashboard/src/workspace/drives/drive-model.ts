import type { Person } from '../../auth/person';
import type { DriveStatus, WorkDriveQuery, WorkDriveStudentsQuery } from '../../gql/graphql';
import { partiesActedFor, partyLabel, type WorkParty } from './party-access';

export type WorkDrive = NonNullable<WorkDriveQuery['scholarshipDrive']>;
export type Students = NonNullable<WorkDriveStudentsQuery['scholarshipDrive']>;
export type Student = NonNullable<Students['nominations'][number]['student']>;
export type WorkPledge = WorkDrive['pledges'][number];

/** One of the drive's own parties (a pledge's sponsor, a nomination's unit), named as the party list names it. */
export function partyName(drive: WorkDrive, partyId: string): string {
  const party = (drive.parties as WorkParty[]).find((candidate) => candidate.id === partyId);
  return party ? partyLabel(party) : '—';
}

/** The student's full name where the graph gave it (organisers, until erased), else the public initials. */
export function studentRecordOf(students: Students | null | undefined, nominationId: string) {
  return students?.nominations.find((n) => n.id === nominationId)?.student ?? null;
}
export const whoIs = (students: Students | null | undefined, nomination: { id: string; initials: string }) =>
  studentRecordOf(students, nomination.id)?.fullName ?? nomination.initials;

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
