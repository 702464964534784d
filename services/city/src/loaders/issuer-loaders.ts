import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupedInKeyOrder } from '../../../shared/src/batch';
import { OrganisationKind } from '../entities/enums';
import { Organisation } from '../entities/organisation.entity';

/**
 * The city's organisations of each kind, current and former, in Vietnamese order: one statement for
 * every kind a page of award decisions needs (the city's LĐLĐ, its education union).
 */
export function createIssuerLoaders(db: DataSource, cityCode: string) {
  return {
    organisationsByKind: new DataLoader<OrganisationKind, Organisation[]>(async (kinds) => {
      const rows = await db.getRepository(Organisation).find({
        where: { kind: In([...kinds]) },
        order: { sortKey: 'ASC', id: 'ASC' },
      });
      for (const row of rows) row.cityCode = cityCode;
      return groupedInKeyOrder(kinds, rows, (row) => row.kind);
    }),
  };
}
