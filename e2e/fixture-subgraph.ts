import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { gql } from "graphql-tag";

/**
 * A small real subgraph used only by federation tests: it references `Person` entities owned by
 * the people subgraph (so the gateway must resolve them there) and has a deliberately slow field.
 */
export const fixtureTypeDefs = gql`
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@inaccessible"])

  type Person @key(fields: "id") {
    id: ID!
    """
    Stands in for the communities subgraph, which contributes this field that people's email
    and phone @require.
    """
    communityIds: [ID!] @inaccessible
  }

  type Assignment {
    id: ID!
    person: Person!
  }

  type Query {
    assignments(personIds: [ID!]!): [Assignment!]!
    ping: String!
    slow(ms: Int!): String!
  }
`;

export async function startFixtureSubgraph(port: number) {
  const server = new ApolloServer({
    schema: buildSubgraphSchema([
      {
        typeDefs: fixtureTypeDefs,
        resolvers: {
          Person: {
            __resolveReference: (ref: { id: string }) => ({ id: ref.id, communityIds: [] }),
          },
          Query: {
            assignments: (_: unknown, { personIds }: { personIds: string[] }) =>
              personIds.map((id, i) => ({ id: `a${i}`, person: { __typename: "Person", id } })),
            ping: () => "pong",
            slow: async (_: unknown, { ms }: { ms: number }) => {
              await new Promise((resolve) => setTimeout(resolve, ms));
              return "late";
            },
          },
        },
      },
    ]),
  });
  const { url } = await startStandaloneServer(server, { listen: { port, host: "127.0.0.1" } });
  return { url, stop: () => server.stop() };
}
