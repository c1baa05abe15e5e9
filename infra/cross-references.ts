import {
  Kind,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type TypeNode,
} from "graphql";
import { fieldContainers } from "@comtem/service-kit";

/**
 * Partial answers (docs/adr/0005-partial-answers.md): a field of one subgraph whose type is an
 * entity owned by another subgraph must be nullable right where it names the entity (`Person`,
 * `[Person]!`, never `Person!` or `[Person!]!`). When the owner fails, the gateway cannot fill the
 * entity's own fields; a non-null wrapper would carry that null up to the parent and take the
 * parent's own data with it.
 */

export interface SubgraphSchema {
  name: string;
  typeDefs: DocumentNode;
  /** Entity types this subgraph owns; needed only for entities that several subgraphs define. */
  owns?: readonly string[];
}

/** `subgraph.Type.field` → why it may stay non-null (written in the ADR too). */
export type CrossReferenceExceptions = Readonly<Record<string, string>>;

interface EntityDefinition {
  subgraph: string;
  /** Defined with `@key(..., resolvable: false)`: a pure reference, never the owner. */
  resolvable: boolean;
}

interface FieldSite {
  subgraph: string;
  type: string;
  field: FieldDefinitionNode;
}

const directive = (directives: readonly ConstDirectiveNode[] | undefined, name: string) =>
  (directives ?? []).filter((d) => d.name.value === name);

const isResolvable = (key: ConstDirectiveNode) => {
  const argument = key.arguments?.find((a) => a.name.value === "resolvable");
  return !(argument?.value.kind === Kind.BOOLEAN && !argument.value.value);
};

/** The named type, and whether a non-null wraps it directly (`T!` in `T!`, `[T!]`, `[T!]!`). */
function innermost(type: TypeNode): { name: string; nonNull: boolean } {
  if (type.kind === Kind.NON_NULL_TYPE) {
    if (type.type.kind === Kind.NAMED_TYPE) return { name: type.type.name.value, nonNull: true };
    return innermost(type.type);
  }
  if (type.kind === Kind.LIST_TYPE) return innermost(type.type);
  return { name: type.name.value, nonNull: false };
}

/** The owner of each entity type: its only definer, or the one declaring it in `owns`. */
export function entityOwners(subgraphs: readonly SubgraphSchema[]): {
  owners: Map<string, string>;
  problems: string[];
} {
  const definitions = new Map<string, EntityDefinition[]>();
  for (const subgraph of subgraphs) {
    for (const definition of fieldContainers(subgraph.typeDefs)) {
      const keys = directive(definition.directives, "key");
      if (keys.length === 0) continue;
      const list = definitions.get(definition.name.value) ?? [];
      list.push({ subgraph: subgraph.name, resolvable: keys.some(isResolvable) });
      definitions.set(definition.name.value, list);
    }
  }

  const owners = new Map<string, string>();
  const problems: string[] = [];
  for (const [type, defined] of definitions) {
    const definers = [...new Set(defined.map((d) => d.subgraph))];
    const declared = subgraphs.filter((s) => s.owns?.includes(type)).map((s) => s.name);
    if (declared.length > 1) {
      problems.push(`${type} is declared as owned by ${declared.join(" and ")}: one owner only`);
    } else if (declared.length === 1) {
      const owner = declared[0]!;
      const definition = defined.find((d) => d.subgraph === owner);
      if (!definition) problems.push(`${owner} declares it owns ${type} but does not define it`);
      else if (!definition.resolvable)
        problems.push(`${owner} declares it owns ${type} but defines it with resolvable: false`);
      else owners.set(type, owner);
    } else {
      const resolvers = [...new Set(defined.filter((d) => d.resolvable).map((d) => d.subgraph))];
      if (resolvers.length === 1) owners.set(type, resolvers[0]!);
      else
        problems.push(
          `entity ${type} is defined by ${definers.join(", ")}: say which subgraph owns it (owns in infra/subgraphs.ts)`,
        );
    }
  }
  return { owners, problems };
}

/**
 * Every violation of the rule, as a sentence naming `subgraph.Type.field`; also stale
 * exceptions (naming a field that is nullable or no longer crosses) and ownership problems.
 */
export function checkCrossReferences(
  subgraphs: readonly SubgraphSchema[],
  exceptions: CrossReferenceExceptions = {},
): string[] {
  const { owners, problems } = entityOwners(subgraphs);

  const sites: FieldSite[] = [];
  for (const subgraph of subgraphs) {
    for (const definition of fieldContainers(subgraph.typeDefs)) {
      for (const field of definition.fields ?? []) {
        sites.push({ subgraph: subgraph.name, type: definition.name.value, field });
      }
    }
  }

  const used = new Set<string>();
  const keyFields = keyFieldsOf(subgraphs);
  for (const { subgraph, type, field } of sites) {
    // An @external field is resolved by another subgraph, which is the one the rule applies to.
    if (directive(field.directives, "external").length > 0) continue;
    // A field this subgraph adds to another's entity: when this subgraph fails, the gateway
    // nulls the field; a non-null field would take the other subgraph's entity with it.
    const entityOwner = owners.get(type);
    if (
      entityOwner &&
      entityOwner !== subgraph &&
      field.type.kind === Kind.NON_NULL_TYPE &&
      !keyFields.get(`${subgraph}.${type}`)?.has(field.name.value)
    ) {
      const name = `${subgraph}.${type}.${field.name.value}`;
      if (name in exceptions) used.add(name);
      else
        problems.push(
          `${name}: ${printType(field.type)} is non-null, but ${type} is owned by the ${entityOwner} subgraph — ` +
            `make the field nullable (a failure of ${subgraph} would otherwise null the ${type}, and the ` +
            `${entityOwner} data with it), or list it as an exception in infra/cross-reference-exceptions.ts with the ADR 0005`,
        );
      continue;
    }
    const target = innermost(field.type);
    const owner = owners.get(target.name);
    if (!owner || owner === subgraph || !target.nonNull) continue;
    const name = `${subgraph}.${type}.${field.name.value}`;
    if (name in exceptions) {
      used.add(name);
      continue;
    }
    problems.push(
      `${name}: ${printType(field.type)} is non-null, but ${target.name} is owned by the ${owner} subgraph — ` +
        `make it nullable where it names ${target.name} (a failure of ${owner} would otherwise null the ` +
        `${type} too), or list it as an exception in infra/cross-reference-exceptions.ts with the ADR 0005`,
    );
  }
  for (const name of Object.keys(exceptions)) {
    if (!used.has(name)) {
      problems.push(
        `${name} is listed as an exception but is no non-null reference to another subgraph's entity: remove it`,
      );
    }
  }
  return problems;
}

/** The fields named in each `subgraph.Type`'s `@key` selections (top level: `id`, `code`). */
function keyFieldsOf(subgraphs: readonly SubgraphSchema[]): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const subgraph of subgraphs) {
    for (const definition of fieldContainers(subgraph.typeDefs)) {
      const names = new Set<string>();
      for (const key of directive(definition.directives, "key")) {
        const fields = key.arguments?.find((a) => a.name.value === "fields")?.value;
        if (fields?.kind !== Kind.STRING) continue;
        // Top-level names only: nested selections ({ ... }) are dropped with their braces.
        const topLevel = fields.value.replace(/\{[^{}]*\}/g, " ");
        for (const name of topLevel.split(/[\s,]+/).filter(Boolean)) names.add(name);
      }
      result.set(`${subgraph.name}.${definition.name.value}`, names);
    }
  }
  return result;
}

function printType(type: TypeNode): string {
  if (type.kind === Kind.NON_NULL_TYPE) return `${printType(type.type)}!`;
  if (type.kind === Kind.LIST_TYPE) return `[${printType(type.type)}]`;
  return type.name.value;
}
