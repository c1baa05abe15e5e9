import {
  astFromValue,
  buildSchema,
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  print,
} from "graphql";
import { format, resolveConfig } from "prettier";
import { type Change, CriticalityLevel } from "@graphql-inspector/core";
import { coordinate, type Deprecation, DEPRECATION_MONTHS } from "./api-compat.js";

/**
 * Markdown generated from the public API schema: reference pages (docs/api/reference/) from the
 * schema's descriptions, and the change log's Unreleased section from the compatibility check's
 * judged changes. Everything is sorted and carries no timestamp, so `pnpm api:docs --check` only
 * fails when the schema, the deprecation file or the last release changed.
 */

const generatedNote =
  "Generated from `infra/schema/api.graphql` by `pnpm api:docs`; do not edit by hand.";

type Page = "queries" | "mutations" | "objects" | "inputs" | "enums" | "scalars";

const pageTitles: Record<Page, string> = {
  queries: "Queries",
  mutations: "Mutations",
  objects: "Objects, interfaces and unions",
  inputs: "Input types",
  enums: "Enums",
  scalars: "Scalars",
};

function pageOf(type: GraphQLNamedType): Page {
  if (isInputObjectType(type)) return "inputs";
  if (isEnumType(type)) return "enums";
  if (isScalarType(type)) return "scalars";
  return "objects";
}

/** GitHub's heading anchor for a heading that is a bare GraphQL name. */
const anchor = (name: string) => name.toLowerCase();

function typeLink(type: GraphQLType, from: Page): string {
  const named = getNamedType(type);
  const text = `\`${String(type)}\``;
  if (isSpecifiedScalarType(named)) return text;
  const page = pageOf(named);
  return `[${text}](${page === from ? "" : `${page}.md`}#${anchor(named.name)})`;
}

/** One line of text for a table cell. */
const cell = (text: string | null | undefined) =>
  (text ?? "").replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");

function defaultValue(arg: GraphQLArgument | GraphQLInputField): string {
  if (arg.defaultValue === undefined) return "";
  const ast = astFromValue(arg.defaultValue, arg.type);
  return ast ? `\`${print(ast)}\`` : "";
}

function deprecationText(
  reason: string | null | undefined,
  path: string,
  deprecations: Map<string, Deprecation>,
): string {
  if (reason === null || reason === undefined) return "";
  const announced = deprecations.get(path);
  const when = announced ? ` Removal on or after ${announced.removal}.` : "";
  return `**Deprecated**: ${cell(reason)}${/[.!?]$/.test(reason.trim()) ? "" : "."}${when}`;
}

function argumentsTable(
  args: readonly GraphQLArgument[],
  path: string,
  from: Page,
  deprecations: Map<string, Deprecation>,
): string[] {
  if (args.length === 0) return [];
  return [
    "| argument | type | default | description |",
    "| --- | --- | --- | --- |",
    ...args.map((arg) => {
      const description = [
        cell(arg.description),
        deprecationText(arg.deprecationReason, `${path}.${arg.name}`, deprecations),
      ].filter(Boolean);
      return `| \`${arg.name}\` | ${typeLink(arg.type, from)} | ${defaultValue(arg)} | ${description.join(" ")} |`;
    }),
    "",
  ];
}

function operationSection(
  field: GraphQLField<unknown, unknown>,
  root: string,
  page: Page,
  deprecations: Map<string, Deprecation>,
): string[] {
  const path = `${root}.${field.name}`;
  const deprecated = deprecationText(field.deprecationReason, path, deprecations);
  return [
    `## ${field.name}`,
    "",
    ...(field.description ? [field.description, ""] : []),
    ...(deprecated ? [deprecated, ""] : []),
    `Returns ${typeLink(field.type, page)}.`,
    "",
    ...argumentsTable(field.args, path, page, deprecations),
  ];
}

function fieldArguments(field: GraphQLField<unknown, unknown>): string {
  if (field.args.length === 0) return "";
  const args = field.args.map((arg) => {
    const value = defaultValue(arg).replace(/`/g, "");
    return `\`${arg.name}: ${String(arg.type)}${value ? ` = ${value}` : ""}\`${arg.description ? ` (${cell(arg.description)})` : ""}`;
  });
  return `Arguments: ${args.join(", ")}.`;
}

function typeSection(
  type: GraphQLNamedType,
  page: Page,
  deprecations: Map<string, Deprecation>,
): string[] {
  const lines = [`## ${type.name}`, ""];
  if (type.description) lines.push(type.description, "");
  if (isObjectType(type) || isInterfaceType(type)) {
    const interfaces = type.getInterfaces();
    if (interfaces.length > 0) {
      lines.push(`Implements ${interfaces.map((i) => typeLink(i, page)).join(", ")}.`, "");
    }
    lines.push("| field | type | description |", "| --- | --- | --- |");
    for (const field of Object.values(type.getFields())) {
      const path = `${type.name}.${field.name}`;
      const description = [
        cell(field.description),
        fieldArguments(field),
        deprecationText(field.deprecationReason, path, deprecations),
      ].filter(Boolean);
      lines.push(
        `| \`${field.name}\` | ${typeLink(field.type, page)} | ${description.join(" ")} |`,
      );
    }
    lines.push("");
  } else if (isUnionType(type)) {
    lines.push(
      `One of ${type
        .getTypes()
        .map((t) => typeLink(t, page))
        .join(", ")}.`,
      "",
    );
  } else if (isInputObjectType(type)) {
    lines.push("| field | type | default | description |", "| --- | --- | --- | --- |");
    for (const field of Object.values(type.getFields())) {
      const description = [
        cell(field.description),
        deprecationText(field.deprecationReason, `${type.name}.${field.name}`, deprecations),
      ].filter(Boolean);
      lines.push(
        `| \`${field.name}\` | ${typeLink(field.type, page)} | ${defaultValue(field)} | ${description.join(" ")} |`,
      );
    }
    lines.push("");
  } else if (isEnumType(type)) {
    lines.push("| value | description |", "| --- | --- |");
    for (const value of type.getValues()) {
      const description = [
        cell(value.description),
        deprecationText(value.deprecationReason, `${type.name}.${value.name}`, deprecations),
      ].filter(Boolean);
      lines.push(`| \`${value.name}\` | ${description.join(" ")} |`);
    }
    lines.push("");
  } else if (isScalarType(type) && type.specifiedByURL) {
    lines.push(`Specified by <${type.specifiedByURL}>.`, "");
  }
  return lines;
}

/** The reference pages, by file name (unformatted markdown). */
export function referencePages(apiSdl: string, deprecationList: Deprecation[]) {
  const schema = buildSchema(apiSdl);
  const deprecations = new Map(deprecationList.map((d) => [d.path, d]));
  const pages = new Map<Page, string[]>();
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean),
  );
  for (const page of Object.keys(pageTitles) as Page[]) {
    pages.set(page, [`# ${pageTitles[page]}`, "", `${generatedNote}`, ""]);
  }
  for (const [root, page] of [
    [schema.getQueryType(), "queries"],
    [schema.getMutationType(), "mutations"],
  ] as const) {
    if (!root) continue;
    for (const field of sorted(Object.values(root.getFields()))) {
      pages.get(page)!.push(...operationSection(field, root.name, page, deprecations));
    }
  }
  for (const type of sortedTypes(schema)) {
    if (roots.has(type as never)) continue;
    const page = pageOf(type);
    pages.get(page)!.push(...typeSection(type, page, deprecations));
  }
  const files: Record<string, string> = {};
  for (const [page, lines] of pages) files[`${page}.md`] = `${lines.join("\n")}\n`;
  files["README.md"] = referenceIndex(schema);
  return files;
}

function referenceIndex(schema: GraphQLSchema): string {
  const count = (page: Page) => {
    if (page === "queries") return Object.keys(schema.getQueryType()?.getFields() ?? {}).length;
    if (page === "mutations") {
      return Object.keys(schema.getMutationType()?.getFields() ?? {}).length;
    }
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
    return sortedTypes(schema).filter((t) => pageOf(t) === page && !roots.includes(t as never))
      .length;
  };
  return [
    "# Public API reference",
    "",
    generatedNote,
    "",
    "The schema that partners' clients see through the gateway (`POST /graphql`), without federation internals.",
    "Changes between releases: [CHANGELOG.md](../CHANGELOG.md); announced removals:",
    "[deprecations.yaml](../deprecations.yaml) (see [ADR 0011](../../adr/0011-api-compatibility.md)).",
    "",
    "| page | entries |",
    "| --- | --- |",
    ...(Object.keys(pageTitles) as Page[]).map(
      (page) => `| [${pageTitles[page]}](${page}.md) | ${count(page)} |`,
    ),
    "",
  ].join("\n");
}

function sorted<T extends { name: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.name.localeCompare(b.name));
}

function sortedTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  return sorted(
    Object.values(schema.getTypeMap()).filter(
      (type) => !type.name.startsWith("__") && !isSpecifiedScalarType(type),
    ),
  );
}

const sections: { level: CriticalityLevel; title: string }[] = [
  { level: CriticalityLevel.Breaking, title: "Breaking" },
  { level: CriticalityLevel.Dangerous, title: "Dangerous" },
  { level: CriticalityLevel.NonBreaking, title: "Safe (additive and other compatible changes)" },
];

export const changelogHeader = [
  "# Public API change log",
  "",
  "Changes to the public GraphQL API (`infra/schema/api.graphql`, reference in",
  "[reference/](reference/README.md)), newest first. The Unreleased section is generated by",
  "`pnpm api:docs` from the difference with the last release (`infra/schema/released.graphql`);",
  "`pnpm api:release <version>` turns it into a release. Breaking changes follow the",
  `deprecation policy: a field or enum value is first \`@deprecated\` and keeps working for at least ${DEPRECATION_MONTHS}`,
  "months, announced in [deprecations.yaml](deprecations.yaml), before it is removed",
  "([ADR 0011](../adr/0011-api-compatibility.md)).",
  "",
].join("\n");

/**
 * The list of changes since the last release, by criticality, each with its announced
 * deprecation if the deprecation file lists its path. Independent of today's date.
 */
export function changeList(changes: Change[], deprecationList: Deprecation[]): string {
  const deprecations = new Map(deprecationList.map((d) => [d.path, d]));
  const lines: string[] = [];
  for (const { level, title } of sections) {
    const items = changes.filter((change) => change.criticality.level === level);
    if (items.length === 0) continue;
    lines.push(`### ${title}`, "");
    for (const change of items) {
      const path = change.path ? `\`${change.path}\`: ` : "";
      const element = coordinate(change.path);
      const deprecation = element ? deprecations.get(element) : undefined;
      const announced = deprecation
        ? ` (deprecation announced ${deprecation.announced}, removal on or after ${deprecation.removal}: ${cell(deprecation.reason)})`
        : "";
      lines.push(`- ${level} — ${path}${escapeMarkdown(change.message)}${announced}`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

/** The Unreleased section: every change since the last release. */
export function unreleasedSection(
  changes: Change[],
  deprecations: Deprecation[],
  releasedVersion: string,
): string {
  if (changes.length === 0) return `## Unreleased\n\nNo changes since ${releasedVersion}.\n`;
  return `## Unreleased\n\nChanges since ${releasedVersion}:\n\n${changeList(changes, deprecations)}`;
}

/** graphql-inspector's messages quote names with '…'; keep underscores and stars literal. */
const escapeMarkdown = (text: string) => text.replace(/([_*[\]<>])/g, "\\$1");

/** Splits an existing change log into its released history (from the first release heading). */
export function releasedHistory(changelog: string): { history: string; version: string } {
  const match = /^## (\d+\.\d+\.\d+)\b.*$/m.exec(changelog);
  if (!match) return { history: "", version: "(none)" };
  return { history: changelog.slice(match.index), version: match[1]! };
}

export function changelogText(unreleased: string, history: string): string {
  return `${changelogHeader}\n${unreleased}\n${history}`;
}

/** Prettier with the repository's configuration, so `pnpm format:check` accepts the output. */
export async function formatMarkdown(text: string, filePath: string): Promise<string> {
  const config = (await resolveConfig(filePath)) ?? {};
  return format(text, { ...config, parser: "markdown", filepath: filePath });
}
