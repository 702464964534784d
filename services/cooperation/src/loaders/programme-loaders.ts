import { DataSource } from 'typeorm';
import {
  DelegationMember,
  FollowUpAction,
  PartnershipActivity,
  ProgrammeVisit,
} from '../entities/programme.entity';
import { rowsBy } from './batched';

/** A programme's delegations, visits and follow-ups, and a partnership's activity log, by parent id. */
export function createProgrammeLoaders(db: DataSource) {
  return {
    /** City by city, co-chairs first. */
    membersByProgramme: rowsBy(db, DelegationMember, 'programmeId', {
      cityCode: 'ASC',
      coChair: 'DESC',
      id: 'ASC',
    }),
    visitsByProgramme: rowsBy(db, ProgrammeVisit, 'programmeId', { cityCode: 'ASC', unitId: 'ASC' }),
    followUpsByProgramme: rowsBy(db, FollowUpAction, 'programmeId', { dueOn: 'ASC', id: 'ASC' }),
    activitiesByPartnership: rowsBy(db, PartnershipActivity, 'partnershipId', { heldOn: 'ASC', id: 'ASC' }),
  };
}
