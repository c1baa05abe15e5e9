import { useQuery } from "@comtem/client";
import {
  Badge,
  Card,
  CardBody,
  CardGrid,
  CardText,
  CardTitle,
  Disclosure,
  Page,
  QueryView,
  useLabels,
  useLocale,
  useMessages,
  type Messages,
} from "@comtem/ui";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { CommunityForm } from "../community/CommunityForm";
import { graphql } from "../../gql";

const CommunitiesList = graphql(`
  query CommunitiesList {
    me {
      id
      systemRoles
    }
    communities(first: 50) {
      totalCount
      edges {
        node {
          id
          slug
          name
          nameEn
          kind
          declaratoria {
            mission
          }
        }
      }
    }
  }
`);

const messages: Messages<"title" | "lead" | "create"> = {
  it: {
    title: "Comunità tematiche",
    lead: "Le ComTem attive: cosa fanno, chi ne fa parte, quando si incontrano.",
    create: "Crea una comunità",
  },
  en: {
    title: "Thematic communities",
    lead: "The active ComTem: what they do, who takes part, when they meet.",
    create: "Create a community",
  },
};

export function CommunityListPage(props: { basePath: string }) {
  const t = useMessages(messages);
  const label = useLabels();
  const { locale } = useLocale();
  const state = useQuery(CommunitiesList);
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  return (
    <Page title={t.title} lead={t.lead}>
      <QueryView state={state} lines={6}>
        {(data) => (
          <>
            {/* Admins (Lepida's operational coordination) open new communities. */}
            {data.me?.systemRoles.includes("ADMIN") ? (
              <Disclosure
                id="create-community"
                label={t.create}
                variant="primary"
                open={creating}
                onOpenChange={setCreating}
              >
                <CommunityForm onSaved={(slug) => navigate(`${props.basePath}/${slug}`)} />
              </Disclosure>
            ) : null}
            <CardGrid>
              {data.communities.edges.map(({ node }) => (
                <div className="col" key={node.id} data-testid="community-card">
                  <Card className="card-bg h-100">
                    <CardBody>
                      <Badge color="primary" className="mb-2">
                        {label("CommunityKind", node.kind)}
                      </Badge>
                      <CardTitle tag="h2" className="h5">
                        <Link to={`${props.basePath}/${node.slug}`}>
                          {locale === "en" ? node.nameEn : node.name}
                        </Link>
                      </CardTitle>
                      <CardText>{node.declaratoria.mission}</CardText>
                    </CardBody>
                  </Card>
                </div>
              ))}
            </CardGrid>
          </>
        )}
      </QueryView>
    </Page>
  );
}
