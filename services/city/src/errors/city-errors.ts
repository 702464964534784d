import { BadUserInputError } from '../../../shared/src/errors';

/** A request for another city's records reached this deployment (the gateway routes by cityCode). */
export class WrongCityError extends BadUserInputError {
  constructor(ownCity: string, requested: string) {
    super(
      `This deployment serves city ${ownCity}, not ${requested}; send city queries through the gateway.`,
      {
        argument: 'cityCode',
        cityCode: requested,
      },
    );
  }
}
