import { BadUserInputError } from './errors';

/** A calendar date written YYYY-MM-DD that exists. */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}

/** Refuses anything but a YYYY-MM-DD date, naming the field (`label`) and the argument path. */
export function assertIsoDate(value: string, argument: string, label = argument): void {
  if (!isIsoDate(value))
    throw new BadUserInputError(`${label} must be a date written YYYY-MM-DD`, { argument });
}
