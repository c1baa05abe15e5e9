import { type Change, CriticalityLevel, diff } from "@graphql-inspector/core";
import {
  buildSchema,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from "graphql";
import { parse as parseYaml } from "yaml";

/** How long a deprecated element keeps working before it may be removed (ADR 0011). */
export const DEPRECATION_MONTHS = 6;

/** Where partners and the check read the announced removals. */
export const DEPRECATIONS_FILE = "docs/api/deprecations.yaml";

/**
 * One announced breaking change, listed in docs/api/deprecations.yaml: the schema coordinate
 * graphql-inspector reports (`Type.field`, `Type.field.argument`, `Enum.VALUE`, `Type`), why, when
 * the deprecation was announced and the first day the element may be removed (or changed).
 */
export interface Deprecation {
  path: string;
  reason: string;
  announced: string;
  removal: string;
}

/** Reads and validates the deprecation file: every entry needs a path, a reason and both dates. */
export function parseDeprecations(text: string): Deprecation[] {
  const document = (parseYaml(text) ?? {}) as { deprecations?: unknown };
  const list = document.deprecations ?? [];
  if (!Array.isArray(list)) throw new Error(`${DEPRECATIONS_FILE}: "deprecations" must be a list`);
  return list.map((raw: unknown, i) => {
    const entry = (raw ?? {}) as Record<string, unknown>;
    const where = `${DEPRECATIONS_FILE}: entry ${i + 1}`;
    const text = (key: string) => {
      const value = entry[key];
      // YAML reads an unquoted 2026-05-01 as a date: accept both forms.
      const string = value instanceof Date ? value.toISOString().slice(0, 10) : value;
      if (typeof string !== "string" || string.trim() === "") {
        throw new Error(`${where} has no ${key}`);
      }
      return string.trim();
    };
    const deprecation = {
      path: text("path"),
      reason: text("reason"),
      announced: text("announced"),
      removal: text("removal"),
    };
    for (const key of ["announced", "removal"] as const) {
      if (!isDate(deprecation[key])) {
        throw new Error(`${where} (${deprecation.path}): ${key} must be a date YYYY-MM-DD`);
      }
    }
    return deprecation;
  });
}

function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** The first day an element announced as deprecated on `announced` may be removed. */
export function earliestRemoval(announced: string): string {
  const date = new Date(`${announced}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + DEPRECATION_MONTHS);
  return date.toISOString().slice(0, 10);
}

/**
 * The element a change is about: graphql-inspector reports a directive usage under the element,
 * e.g. `Person.role.@deprecated` for a deprecation of `Person.role`.
 */
export const coordinate = (path: string | undefined) => path?.split(".@")[0];

/** Directive-usage changes that only repeat a deprecation change graphql-inspector also reports. */
const repeatsDeprecation = (change: Change) =>
  change.type.startsWith("DIRECTIVE_USAGE_") &&
  change.path?.includes(".@deprecated") &&
  !deprecatable.has(change.type);

/** Arguments and input fields have no deprecation change of their own: keep their usage change. */
const deprecatable = new Set<string>([
  "DIRECTIVE_USAGE_ARGUMENT_DEFINITION_ADDED",
  "DIRECTIVE_USAGE_ARGUMENT_DEFINITION_REMOVED",
  "DIRECTIVE_USAGE_INPUT_FIELD_DEFINITION_ADDED",
  "DIRECTIVE_USAGE_INPUT_FIELD_DEFINITION_REMOVED",
]);

/** Every change from the released API schema to the current one, in a stable order. */
export async function schemaChanges(releasedSdl: string, currentSdl: string): Promise<Change[]> {
  const changes = await diff(buildSchema(releasedSdl), buildSchema(currentSdl));
  return changes
    .filter((change) => !repeatsDeprecation(change))
    .sort(
      (a, b) =>
        (a.path ?? "").localeCompare(b.path ?? "") ||
        a.type.localeCompare(b.type) ||
        a.message.localeCompare(b.message),
    );
}

export type Verdict = "allowed" | "failure" | "warning" | "safe";

export interface JudgedChange {
  change: Change;
  verdict: Verdict;
  /** Why it fails, or the deprecation that allows it. */
  note?: string;
  deprecation?: Deprecation;
}

/** Removals of elements that GraphQL can mark `@deprecated`: they must have been, first. */
const removals = new Set<string>([
  "FIELD_REMOVED",
  "ENUM_VALUE_REMOVED",
  "FIELD_ARGUMENT_REMOVED",
  "INPUT_FIELD_REMOVED",
]);

/** A new `@deprecated` announces a removal: the deprecation file must say when. */
const deprecationsAdded = new Set<string>([
  "FIELD_DEPRECATION_ADDED",
  "ENUM_VALUE_DEPRECATION_REASON_ADDED",
  "DIRECTIVE_USAGE_ARGUMENT_DEFINITION_ADDED",
  "DIRECTIVE_USAGE_INPUT_FIELD_DEFINITION_ADDED",
]);
const isDeprecationAdded = (change: Change) =>
  deprecationsAdded.has(change.type) && change.path?.includes(".@deprecated") !== false;

/**
 * The compatibility rule. Additive and other safe changes pass; dangerous ones are warnings; a
 * breaking change fails unless the deprecation file lists its path with a reason, an announcement
 * date and a removal date at least DEPRECATION_MONTHS later that has been reached — and, for the
 * removal of a field, argument, input field or enum value, unless the released schema already
 * marked it `@deprecated` (clients were warned). A new `@deprecated` must be listed as well, so
 * that partners learn the removal date.
 */
export function judgeChanges(
  changes: Change[],
  deprecations: Deprecation[],
  options: { releasedSdl: string; today: string },
): JudgedChange[] {
  const released = buildSchema(options.releasedSdl);
  const byPath = new Map(deprecations.map((deprecation) => [deprecation.path, deprecation]));
  return changes.map((change): JudgedChange => {
    const path = coordinate(change.path);
    const deprecation = path ? byPath.get(path) : undefined;
    const level = change.criticality.level;
    if (level === CriticalityLevel.Dangerous) return { change, verdict: "warning", deprecation };
    if (level !== CriticalityLevel.Breaking) {
      if (isDeprecationAdded(change)) {
        if (!deprecation) {
          return {
            change,
            verdict: "failure",
            note: `a new deprecation needs an entry in ${DEPRECATIONS_FILE} (reason, announced, removal ≥ announced + ${DEPRECATION_MONTHS} months)`,
          };
        }
        const earliest = earliestRemoval(deprecation.announced);
        if (deprecation.removal < earliest) {
          return { change, verdict: "failure", deprecation, note: tooSoon(deprecation, earliest) };
        }
      }
      return { change, verdict: "safe", deprecation };
    }
    if (!deprecation) {
      return {
        change,
        verdict: "failure",
        note: `not announced in ${DEPRECATIONS_FILE}: keep it working (deprecate it, add its replacement beside it) or list it there with a removal date ≥ ${DEPRECATION_MONTHS} months after the announcement, and change it only from that date`,
      };
    }
    const earliest = earliestRemoval(deprecation.announced);
    if (deprecation.removal < earliest) {
      return {
        change,
        verdict: "failure",
        deprecation,
        note: tooSoon(deprecation, earliest),
      };
    }
    if (options.today < deprecation.removal) {
      return {
        change,
        verdict: "failure",
        deprecation,
        note: `announced for removal on ${deprecation.removal}: it must keep working until then`,
      };
    }
    if (removals.has(change.type) && deprecationReason(released, path!) === undefined) {
      return {
        change,
        verdict: "failure",
        deprecation,
        note: `the released schema does not mark it @deprecated: deprecate it in a release first`,
      };
    }
    return {
      change,
      verdict: "allowed",
      deprecation,
      note: `announced ${deprecation.announced} for ${deprecation.removal}: ${deprecation.reason}`,
    };
  });
}

function tooSoon(deprecation: Deprecation, earliest: string): string {
  return `removal ${deprecation.removal} is less than ${DEPRECATION_MONTHS} months after the announcement (${deprecation.announced}): not before ${earliest}`;
}

/** The `@deprecated` reason of the element at a schema coordinate, if it is deprecated. */
export function deprecationReason(schema: GraphQLSchema, path: string): string | undefined {
  const [typeName, member, argument] = path.split(".");
  const type = schema.getType(typeName!);
  if (!type || !member) return undefined;
  if (isEnumType(type)) return type.getValue(member)?.deprecationReason ?? undefined;
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    const field = type.getFields()[member];
    if (!field) return undefined;
    if (argument === undefined) return field.deprecationReason ?? undefined;
    const args = "args" in field ? field.args : [];
    return args.find((arg) => arg.name === argument)?.deprecationReason ?? undefined;
  }
  return undefined;
}

const labels: Record<Verdict, string> = {
  failure: "BREAKING ✗",
  allowed: "BREAKING ✓",
  warning: "DANGEROUS",
  safe: "NON_BREAKING",
};

/** The check's report: one line per change with its criticality, then a summary line. */
export function formatReport(judged: JudgedChange[]): { lines: string[]; failed: boolean } {
  const lines: string[] = [];
  for (const { change, verdict, note } of judged) {
    lines.push(`${labels[verdict].padEnd(12)} ${change.path ?? "(schema)"}: ${change.message}`);
    if (note) lines.push(`             ${verdict === "failure" ? "✗" : "→"} ${note}`);
    if (verdict === "warning" && change.criticality.reason) {
      lines.push(`             ! ${change.criticality.reason}`);
    }
  }
  const count = (verdict: Verdict) => judged.filter((j) => j.verdict === verdict).length;
  const failures = count("failure");
  lines.push(
    `${judged.length} change(s): ${failures} breaking and not allowed, ${count("allowed")} breaking as announced, ${count("warning")} dangerous, ${count("safe")} safe`,
  );
  return { lines, failed: failures > 0 };
}
