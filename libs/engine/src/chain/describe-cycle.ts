/** 'Connection "A" → "B" → "A" would run in a loop', naming each connection as the user sees it. */
export function describeCycle(path: readonly string[], nameOf: (id: string) => string): string {
  return `Connection ${path.map((id) => `"${nameOf(id)}"`).join(' → ')} would run in a loop`;
}
