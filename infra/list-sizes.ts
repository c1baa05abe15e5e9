import { Kind, type ConstDirectiveNode, type DocumentNode, type TypeNode } from "graphql";
import { fieldContainers } from "@comtem/service-kit";

/**
 * Bounded lists (docs/adr/0008-bounded-lists.md): every list field of every subgraph either is
 * paginated (a `first` argument) or declares its realistic size with the cost directive
 * `@listSize(assumedSize: N)`, which the gateway's cost limit reads from the supergraph. A
 * connection's `edges` is counted by the connection's `first`; an `@external` field is declared
 * by the subgraph that resolves it.
 */

export interface SubgraphTypeDefs {
  name: string;
  typeDefs: DocumentNode;
}

const isList = (type: TypeNode): boolean =>
  type.kind === Kind.LIST_TYPE || (type.kind === Kind.NON_NULL_TYPE && isList(type.type));

const has = (directives: readonly ConstDirectiveNode[] | undefined, name: string) =>
  (directives ?? []).find((d) => d.name.value === name);

/** The `assumedSize` of a `@listSize`, when it is a positive integer. */
export function assumedSizeOf(directive: ConstDirectiveNode): number | undefined {
  const argument = directive.arguments?.find((a) => a.name.value === "assumedSize");
  if (argument?.value.kind !== Kind.INT) return undefined;
  const size = Number(argument.value.value);
  return size > 0 ? size : undefined;
}

/** Every list field without `first` or a positive `@listSize(assumedSize:)`, as a sentence naming `subgraph.Type.field`. */
export function checkListSizes(subgraphs: readonly SubgraphTypeDefs[]): string[] {
  const problems: string[] = [];
  for (const subgraph of subgraphs) {
    for (const definition of fieldContainers(subgraph.typeDefs)) {
      const type = definition.name.value;
      for (const field of definition.fields ?? []) {
        if (!isList(field.type)) continue;
        if (field.arguments?.some((a) => a.name.value === "first")) continue;
        if (has(field.directives, "external")) continue;
        if (type.endsWith("Connection") && field.name.value === "edges") continue;
        const listSize = has(field.directives, "listSize");
        if (listSize && assumedSizeOf(listSize) !== undefined) continue;
        const name = `${subgraph.name}.${type}.${field.name.value}`;
        problems.push(
          listSize
            ? `${name}: @listSize needs a positive integer assumedSize`
            : `${name} is a list without \`first\` and without @listSize(assumedSize: N): paginate it, ` +
                `or declare its realistic size (and cap it if it grows), see docs/adr/0008-bounded-lists.md`,
        );
      }
    }
  }
  return problems;
}
