import { v5 as uuidv5, validate } from "uuid";
import { InputError } from "./errors.js";

/** Namespace for deterministic ids of seeded objects: re-seeding yields the same ids. */
const COMTEM_NAMESPACE = "6f1d7c1e-3b0a-5a8e-9c55-2f0b7f1e9a10";

export function stableId(key: string): string {
  return uuidv5(key, COMTEM_NAMESPACE);
}

export function isId(value: string): boolean {
  return validate(value);
}

/** Validates an ID argument; a malformed one names the field instead of reaching SQL. */
export function parseId(value: string, field: string): string {
  if (!isId(value)) throw new InputError(`${field} is not a valid ID`, field);
  return value.toLowerCase();
}
