import { DataSource } from 'typeorm';
import { DriveParty, ScholarshipDrive } from '../entities/drive.entity';
import { Disbursement, Nomination, Pledge, ScholarshipAward } from '../entities/drive-money.entity';
import { rowBy, rowsBy } from './batched';

/**
 * A drive's records by drive (or award), each list in the order the schema documents: a list of
 * drives with everything on them costs one statement per kind of record, whatever its length.
 */
export function createDriveLoaders(db: DataSource) {
  return {
    /** A programme's drives, newest first (as scholarshipDrives lists them). */
    drivesByProgramme: rowsBy(db, ScholarshipDrive, 'exchangeProgrammeId', { opensOn: 'DESC', id: 'ASC' }),
    /** Also what pledges' sponsors and nominations' units are looked up in (see DriveQueryService.party). */
    partiesByDrive: rowsBy(db, DriveParty, 'driveId', { role: 'ASC', id: 'ASC' }),
    pledgesByDrive: rowsBy(db, Pledge, 'driveId', { pledgedOn: 'ASC', id: 'ASC' }),
    nominationsByDrive: rowsBy(db, Nomination, 'driveId', { initials: 'ASC', id: 'ASC' }),
    awardsByDrive: rowsBy(db, ScholarshipAward, 'driveId', { awardedOn: 'ASC', id: 'ASC' }),
    disbursementsByDrive: rowsBy(db, Disbursement, 'driveId', { paidOn: 'ASC', id: 'ASC' }),
    disbursementsByAward: rowsBy(db, Disbursement, 'awardId', { paidOn: 'ASC', id: 'ASC' }),
    /** A party by id alone, for a caller without its drive at hand. */
    drivePartyById: rowBy(db, DriveParty, 'id'),
    /** The nomination a scholarship went to; its student data stays behind Nomination.student. */
    nominationById: rowBy(db, Nomination, 'id'),
    /** The award a payment belongs to (whose nomination says who may see the recipient). */
    awardById: rowBy(db, ScholarshipAward, 'id'),
  };
}
