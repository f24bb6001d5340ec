export interface ProposedLink {
  connectionId: string;
  afterConnectionId: string;
}

/**
 * The loop that saving "`connectionId` runs after `afterConnectionId`" would close, as ids from the
 * proposed connection back to itself (['A', 'B', 'C', 'A']: A runs after B, B after C, C after A);
 * null when there is none. `links` maps each connection to the one it runs after today; the proposal
 * replaces the connection's current link.
 */
export function findChainCycle(
  links: ReadonlyMap<string, string>,
  proposed: ProposedLink,
): string[] | null {
  const path = [proposed.connectionId];
  const visited = new Set(path);
  let current: string | undefined = proposed.afterConnectionId;
  while (current !== undefined) {
    path.push(current);
    if (current === proposed.connectionId) return path;
    // A loop that does not pass through the proposed connection was there before; not ours to refuse.
    if (visited.has(current)) return null;
    visited.add(current);
    current = links.get(current);
  }
  return null;
}
