import { DataSource } from 'typeorm';
import { WrongCityError } from '../errors/city-errors';
import { createCityLoaders } from '../loaders/city-loaders';
import { CityFiguresService } from './city-figures.service';
import { GrassrootsUnionService } from './grassroots-union.service';
import { OrganisationService } from './organisation.service';

/** Everything a resolver may touch, built afresh for each request. */
export function createCityContext(db: DataSource, cityCode: string) {
  const loaders = createCityLoaders(db, cityCode);
  return {
    cityCode,
    loaders,
    organisations: new OrganisationService(db, cityCode, loaders),
    grassrootsUnions: new GrassrootsUnionService(db, cityCode, loaders),
    figures: new CityFiguresService(db, cityCode, loaders),
    /** Root fields name their city; a deployment answers only for its own. */
    assertOwnCity(requested: string): void {
      if (requested !== cityCode) throw new WrongCityError(cityCode, requested);
    },
  };
}

export type CityContext = ReturnType<typeof createCityContext>;
