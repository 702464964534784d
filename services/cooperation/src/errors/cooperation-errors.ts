import { BadUserInputError } from '../../../shared/src/errors';

export class UnregisteredCityError extends BadUserInputError {
  constructor(cityCode: string, argument: string) {
    super(`City ${cityCode} is not in the hub's registry; a hub administrator registers cities first.`, {
      argument,
      cityCode,
    });
  }
}
