import { BadUserInputError } from './errors';

/** Checks a school year written "2022-2023" (two consecutive years) and returns it. */
export function schoolYearArgument(value: string, argument = 'schoolYear'): string {
  const match = /^(\d{4})-(\d{4})$/.exec(value);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) {
    throw new BadUserInputError(`${argument} must be a school year written like "2022-2023"`, { argument });
  }
  return value;
}

/** The period before, for school years and calendar years alike: "2022-2023" -> "2021-2022", "2023" -> "2022". */
export function previousPeriod(period: string): string {
  return period
    .split('-')
    .map((year) => Number(year) - 1)
    .join('-');
}
