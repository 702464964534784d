import { DataSource } from 'typeorm';
import { PredecessorProvince, ProvincialUnit } from '../entities/provincial-unit.entity';
import { rowBy, rowsBy } from './batched';

/** Per-request loaders of the 34-unit registry (docs/provincial-units.md); batches answer in key order. */
export function createProvincialUnitLoaders(db: DataSource) {
  return {
    provincialUnitByCode: rowBy(db, ProvincialUnit, 'code'),
    predecessorByCode: rowBy(db, PredecessorProvince, 'code'),
    predecessorsByUnit: rowsBy(db, PredecessorProvince, 'successorCode', { position: 'ASC' }),
  };
}
