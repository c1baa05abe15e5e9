import { InputError } from "@comtem/service-kit";
import { romeWallTimeToInstant } from "../common/time.js";
import type { MeetingTimeFields } from "./meeting.input.js";

export interface MeetingTimes {
  startsAt: Date;
  endsAt: Date;
}

function given(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/**
 * Works out the start and end instants from a create or update input. `current` is the stored
 * meeting when updating: an omitted start keeps it, and moving the start keeps the duration.
 * `prefix` names nested input fields (e.g. "input." for update arguments).
 */
export function resolveMeetingTimes(
  input: MeetingTimeFields,
  current: MeetingTimes | null,
  prefix = "",
): MeetingTimes {
  if (given(input.startsAt) && given(input.localStart)) {
    throw new InputError("Give either startsAt or localStart, not both", `${prefix}localStart`);
  }
  const ends = (["endsAt", "localEnd", "durationMinutes"] as const).filter((f) => given(input[f]));
  if (ends.length > 1) {
    throw new InputError(
      "Give only one of endsAt, localEnd and durationMinutes",
      `${prefix}${ends[1]}`,
    );
  }
  let startsAt: Date;
  if (input.startsAt) startsAt = input.startsAt;
  else if (input.localStart) {
    startsAt = romeWallTimeToInstant(input.localStart, `${prefix}localStart`);
  } else if (current) startsAt = current.startsAt;
  else throw new InputError("startsAt or localStart is required", `${prefix}startsAt`);

  let endsAt: Date;
  const endField = ends[0] ?? "endsAt";
  if (input.endsAt) endsAt = input.endsAt;
  else if (input.localEnd) endsAt = romeWallTimeToInstant(input.localEnd, `${prefix}localEnd`);
  else if (input.durationMinutes) {
    endsAt = new Date(startsAt.getTime() + input.durationMinutes * 60_000);
  } else if (current) {
    endsAt = new Date(startsAt.getTime() + (current.endsAt.getTime() - current.startsAt.getTime()));
  } else {
    throw new InputError("endsAt, localEnd or durationMinutes is required", `${prefix}endsAt`);
  }
  if (endsAt.getTime() <= startsAt.getTime()) {
    throw new InputError(`${endField} must be after the start`, `${prefix}${endField}`);
  }
  if (endsAt.getTime() - startsAt.getTime() > 14 * 24 * 3600_000) {
    throw new InputError("A meeting lasts at most 14 days", `${prefix}${endField}`);
  }
  return { startsAt, endsAt };
}
