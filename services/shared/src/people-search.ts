import { BadUserInputError } from './errors';
import { searchTerms } from './vietnamese-text';

/** Bounds of `people(search:, first:)`, applied alike by the hub and by every city it asks. */
export const PEOPLE_SEARCH = { minLength: 2, maxLength: 100, defaultFirst: 20, maxFirst: 100 } as const;

/**
 * Checks a people search and returns it trimmed and NFC. A search shorter than 2 or longer than 100
 * characters, or without a letter or digit (it would match everyone), is BAD_USER_INPUT naming
 * `search`; a page size outside 1…100 names `first`. The hub checks the root field's arguments with
 * this; each city checks again what reaches it through `_entities`, which any caller could write.
 */
export function checkPeopleSearch(search: string, first: number): { search: string; first: number } {
  const text = search.normalize('NFC').trim();
  const length = [...text].length;
  if (length < PEOPLE_SEARCH.minLength || length > PEOPLE_SEARCH.maxLength) {
    throw new BadUserInputError(
      `search must be ${PEOPLE_SEARCH.minLength} to ${PEOPLE_SEARCH.maxLength} characters long`,
      { argument: 'search' },
    );
  }
  if (searchTerms(text).length === 0) {
    throw new BadUserInputError('search must contain a letter or a digit of a name', { argument: 'search' });
  }
  if (!Number.isInteger(first) || first < 1 || first > PEOPLE_SEARCH.maxFirst) {
    throw new BadUserInputError(`first must be between 1 and ${PEOPLE_SEARCH.maxFirst}`, {
      argument: 'first',
    });
  }
  return { search: text, first };
}
