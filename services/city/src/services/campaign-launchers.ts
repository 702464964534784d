import { foldForSearch } from '../../../shared/src/vietnamese-text';

/** The city's organisation a text names exactly (accents and case ignored), or null. */
export function organisationIdOfName(
  organisations: readonly { id: string; name: string }[],
  text: string | null | undefined,
): string | null {
  if (!text) return null;
  const folded = foldForSearch(text);
  return organisations.find(({ name }) => foldForSearch(name) === folded)?.id ?? null;
}
