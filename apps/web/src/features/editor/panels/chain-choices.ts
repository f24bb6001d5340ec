import type { ConnectionDto } from '@fluxo/contracts';

/**
 * The connections this one may run after: every other connection except those that already
 * run (directly or down a chain) after this one, since picking them would make a loop.
 */
export function loopFreeChoices(
  connections: readonly ConnectionDto[],
  selfId: string,
): ConnectionDto[] {
  const runsAfter = new Map(
    connections.flatMap((c) =>
      c.trigger.type === 'after' ? [[c.id, c.trigger.connectionId] as const] : [],
    ),
  );
  const reachesSelf = (start: string): boolean => {
    const seen = new Set<string>();
    for (
      let current: string | undefined = start;
      current !== undefined;
      current = runsAfter.get(current)
    ) {
      if (current === selfId) return true;
      // Old data may already hold a loop that does not pass through us: stop instead of spinning.
      if (seen.has(current)) return false;
      seen.add(current);
    }
    return false;
  };
  return connections.filter((c) => c.id !== selfId && !reachesSelf(c.id));
}
