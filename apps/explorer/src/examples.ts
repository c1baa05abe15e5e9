/**
 * The example operations the explorer opens with, one tab each: the common partner reads. Each
 * stays well inside the gateway's limits (depth 10, cost 5,000); e2e/browser/explorer.test.ts
 * runs every one of them against the platform.
 */
export interface Example {
  query: string;
  variables?: string;
}

export const examples: Example[] = [
  {
    query: `# Enti della provincia di Bologna / Organizations of the province of Bologna
query OrganizationsOfBologna {
  organizations(first: 10, filter: { province: "BO" }) {
    totalCount
    edges {
      node {
        id
        name
        kind
        ipaCode
        union {
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
`,
  },
  {
    query: `# Elenco delle persone, una pagina / People directory, one page
# (next page: after = pageInfo.endCursor)
query PeopleDirectory($after: String) {
  people(first: 20, after: $after) {
    totalCount
    edges {
      node {
        id
        fullName
        publicRole
        skills
        organization {
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
`,
    variables: `{ "after": null }`,
  },
  {
    query: `# Comunità tematiche con i loro piani / Communities with their plans
query CommunitiesWithPlans {
  communities(first: 20) {
    edges {
      node {
        id
        slug
        name
        nameEn
        currentPlan {
          year
          status
          approvedOn
        }
        plans {
          year
          status
        }
      }
    }
  }
}
`,
  },
  {
    query: `# Ricerca nel repository / Resource search
query SearchResources($text: String) {
  searchResources(query: $text, first: 10) {
    totalCount
    edges {
      snippet
      node {
        id
        title
        kind
        organization {
          name
        }
      }
    }
    facets {
      kind {
        value
        count
      }
    }
  }
}
`,
    variables: `{ "text": "lavoro agile" }`,
  },
  {
    query: `# Chi può aiutare su un tema / Who can help on a topic
query WhoCanHelp($topic: String) {
  whoCanHelp(topic: $topic, first: 10) {
    person {
      fullName
      publicRole
      organization {
        name
      }
    }
    resources {
      title
    }
  }
}
`,
    variables: `{ "topic": "lavoro-agile" }`,
  },
];

/**
 * The headers editor's template (JSONC: comments allowed). Nothing is sent until a line is
 * uncommented; headers are not stored in the browser.
 */
export const headersTemplate = `{
  // Chiave API del partner / partner API key:
  // "x-api-key": "ctk_...",
  // Token di una persona che ha fatto l'accesso / a signed-in person's token:
  // "authorization": "Bearer <token>"
}
`;
