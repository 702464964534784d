import { BadUserInputError, CityUnavailableError } from '../../../shared/src/errors';
import type { CityReference } from '../services/city-references';

export class UnregisteredCityError extends BadUserInputError {
  constructor(cityCode: string, argument: string) {
    super(`City ${cityCode} is not in the hub's registry; a hub administrator registers cities first.`, {
      argument,
      cityCode,
    });
  }
}

const RECORD_NAMES = { GrassrootsUnion: 'grassroots union', Organisation: 'organisation', Leader: 'leader' };

/** A reference to a record its city does not have: refused, nothing written. */
export class UnknownCityRecordError extends BadUserInputError {
  constructor(reference: CityReference) {
    const { kind, cityCode, id, argument } = reference;
    super(`${cityCode} has no ${RECORD_NAMES[kind]} "${id}" (${argument}); nothing was written`, {
      argument,
      cityCode,
      id,
    });
  }
}

/**
 * A reference the hub could not check because its city (or the gateway) did not answer: refused
 * rather than stored unchecked; the officer can try again when the city is back.
 */
export class UncheckedReferenceError extends CityUnavailableError {
  constructor(reference: CityReference, reason: string) {
    super(
      reference.cityCode,
      `${reason}. ${reference.argument} could not be checked against its records, so nothing was written; try again later`,
    );
    this.extensions.argument = reference.argument;
  }
}
