import {
  ComTemApiError,
  OrganizationsDocument,
  createComTemClient,
  type OrganizationKind,
} from "@comtem/sdk";

// Bologna's organizations five at a time, through @comtem/sdk installed from its tarball.
const url = process.env.COMTEM_URL!;
const client = createComTemClient({ url, apiKey: process.env.COMTEM_API_KEY });
const variables = { first: 5, filter: { province: "BO" } };

const pages: number[] = [];
let totalCount: number | undefined;
for await (const page of client.pages(OrganizationsDocument, variables, (d) => d.organizations)) {
  pages.push(page.nodes.length);
  totalCount = page.totalCount;
}

const names: string[] = [];
const kinds = new Set<OrganizationKind>();
for await (const org of client.paginate(OrganizationsDocument, variables, (d) => d.organizations)) {
  names.push(org.name);
  kinds.add(org.kind);
  // @ts-expect-error: not a field of the SDK's Organizations document
  void org.email;
}

let badKey: { code: string; status: number } | undefined;
try {
  await createComTemClient({ url, apiKey: "ctk_not-a-key" }).request(OrganizationsDocument);
} catch (error) {
  if (error instanceof ComTemApiError) badKey = { code: error.code, status: error.status };
}

console.log(JSON.stringify({ pages, totalCount, names, kinds: [...kinds], badKey }));
