import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A view's filter kept in the URL (`?period=2022-2023&city=HP`), so a view can be shared as a link
 * and survives a reload. Setting the default value removes it from the URL.
 */
export function useUrlState(name: string, fallback: string): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get(name) ?? fallback;
  const setValue = useCallback(
    (next: string) =>
      setParams(
        () => {
          // From the address bar, not the updater's argument: React Router passes the params of the
          // last render, so two filters set before it re-renders would lose the first
          // (remix-run/react-router#14491, as documented); a navigation updates the address at once.
          const updated = new URLSearchParams(window.location.search);
          if (next === fallback || next === '') updated.delete(name);
          else updated.set(name, next);
          return updated;
        },
        { replace: false },
      ),
    [name, fallback, setParams],
  );
  return [value, setValue];
}
