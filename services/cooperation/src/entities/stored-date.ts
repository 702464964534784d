import { Field } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

/**
 * A date the hub reads back from its database. Nullable in the graph on purpose: a stored impossible
 * date (e.g. `2023-02-30`, written before dates were checked) fails to serialise, and a non-null
 * field would take the whole list around its row down with it; nullable, it fails alone, with an
 * error at its own path, and the rest of the row and the list stay readable.
 */
export function StoredDate(description?: string): ReturnType<typeof Field> {
  const note = 'Null (with an error) if the stored value is not a calendar date.';
  return Field(() => LocalDateResolver, {
    nullable: true,
    description: description ? `${description} ${note}` : note,
  });
}
