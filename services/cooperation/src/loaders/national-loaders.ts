import { DataSource } from 'typeorm';
import { NationalLeader, NationalOrganisation } from '../entities/national-organisation.entity';
import { rowBy, rowsBy } from './batched';

/** Per-request loaders of the national bodies and their leaders; batches answer in key order. */
export function createNationalLoaders(db: DataSource) {
  return {
    nationalOrganisationByCode: rowBy(db, NationalOrganisation, 'code'),
    nationalLeadersByOrganisation: rowsBy(db, NationalLeader, 'organisationCode', {
      sortKey: 'ASC',
      id: 'ASC',
    }),
  };
}
