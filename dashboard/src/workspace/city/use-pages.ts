import { useCallback, useState } from 'react';

/**
 * Cursor paging over a connection: the cursors of the pages already seen, so "previous" goes back
 * without the graph needing backward paging. A new filter starts again from the first page.
 */
export function usePages(filterKey: string) {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({
    key: filterKey,
    cursors: [null],
  });
  const cursors = state.key === filterKey ? state.cursors : [null];
  const after = cursors[cursors.length - 1] ?? null;
  const next = useCallback(
    (endCursor: string | null | undefined) =>
      endCursor && setState({ key: filterKey, cursors: [...cursors, endCursor] }),
    [filterKey, cursors],
  );
  const previous = useCallback(
    () => setState({ key: filterKey, cursors: cursors.slice(0, -1).length ? cursors.slice(0, -1) : [null] }),
    [filterKey, cursors],
  );
  return { after, next, previous, page: cursors.length, hasPrevious: cursors.length > 1 };
}
