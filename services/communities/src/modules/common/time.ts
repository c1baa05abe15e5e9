import { DateTime } from "luxon";
import { InputError } from "@comtem/service-kit";

/** Meetings of the Emilia-Romagna system are scheduled in Italian wall-clock time. */
export const ZONE = "Europe/Rome";
const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** Today's date (yyyy-mm-dd) in Rome. */
export function todayInRome(now: Date = new Date()): string {
  return DateTime.fromJSDate(now).setZone(ZONE).toISODate() as string;
}

/**
 * A Europe/Rome wall time ("2020-03-30T10:00") → the UTC instant, DST-aware: 10:00 on
 * 2020-03-27 (CET, +01:00) is 09:00Z, on 2020-03-30 (CEST, +02:00) it is 08:00Z. A time that
 * does not exist (skipped by the spring change, e.g. 02:30 on 2020-03-29) is refused; an
 * ambiguous one (the autumn hour that repeats) takes the earlier instant (summer time).
 */
export function romeWallTimeToInstant(local: string, field: string): Date {
  if (!LOCAL.test(local)) {
    throw new InputError(`${field} must be a local time like 2020-03-30T10:00`, field);
  }
  const parsed = DateTime.fromISO(local, { zone: ZONE });
  if (!parsed.isValid) throw new InputError(`${field} is not a valid date and time`, field);
  const format = local.length === 16 ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss";
  if (parsed.toFormat(format) !== local) {
    throw new InputError(
      `${field} does not exist in Europe/Rome (skipped by the daylight-saving change)`,
      field,
    );
  }
  return parsed.toJSDate();
}

/** An instant → Rome wall time, e.g. for descriptions. */
export function instantInRome(instant: Date): string {
  return DateTime.fromJSDate(instant).setZone(ZONE).toFormat("yyyy-MM-dd HH:mm");
}
