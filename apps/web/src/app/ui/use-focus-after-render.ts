import { useCallback, useEffect, useRef, type RefObject } from 'react';

/**
 * Moves keyboard focus once the next render is on screen: to the first of the given element ids
 * that exists and is enabled, else to `fallback`. Adding, moving or removing an entry re-renders
 * the list, and keyboard users must stay where they were.
 */
export function useFocusAfterRender(
  fallback?: RefObject<HTMLElement | null>,
): (candidateIds: string[]) => void {
  const pending = useRef<string[] | null>(null);
  useEffect(() => {
    const candidates = pending.current;
    if (!candidates) return;
    pending.current = null;
    for (const candidate of candidates) {
      const el = document.getElementById(candidate);
      if (el && !(el as HTMLButtonElement).disabled) {
        el.focus();
        return;
      }
    }
    fallback?.current?.focus();
  });
  return useCallback((candidateIds: string[]) => {
    pending.current = candidateIds;
  }, []);
}
