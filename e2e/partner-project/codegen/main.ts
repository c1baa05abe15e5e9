import { graphql } from "./gql/index.js";
import type { TypedDocumentString } from "./gql/graphql.js";

// The organizations of the province of Bologna, typed by graphql-codegen from the live schema.
const BolognaOrganizations = graphql(`
  query BolognaOrganizations($first: Int!) {
    organizations(first: $first, filter: { province: "BO" }) {
      totalCount
      edges {
        node {
          name
          kind
          ipaCode
        }
      }
    }
  }
`);

async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const apiKey = process.env.COMTEM_API_KEY;
  const response = await fetch(process.env.COMTEM_URL!, {
    method: "POST",
    headers: { "content-type": "application/json", ...(apiKey ? { "x-api-key": apiKey } : {}) },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as { data?: TResult; errors?: { message: string }[] };
  if (!response.ok || body.errors) throw new Error(JSON.stringify(body.errors ?? response.status));
  return body.data!;
}

const data = await execute(BolognaOrganizations, { first: 50 });
const names: string[] = data.organizations.edges.map((edge) => edge.node.name);
// @ts-expect-error: the document did not ask for the website, so the type has none
void data.organizations.edges[0]?.node.website;
console.log(JSON.stringify({ totalCount: data.organizations.totalCount, names }));
