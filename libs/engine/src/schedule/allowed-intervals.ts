// The interval choices the editor offers, in minutes: 1, 5, 10, 15, 30 minutes or 1, 2, 3, 6, 12, 24 hours.
export const ALLOWED_INTERVAL_MINUTES = [1, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440] as const;

export type AllowedIntervalMinutes = (typeof ALLOWED_INTERVAL_MINUTES)[number];

export function isAllowedInterval(minutes: number): minutes is AllowedIntervalMinutes {
  return (ALLOWED_INTERVAL_MINUTES as readonly number[]).includes(minutes);
}
