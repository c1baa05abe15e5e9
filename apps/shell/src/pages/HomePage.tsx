import {
  Card,
  CardBody,
  CardGrid,
  CardText,
  CardTitle,
  EmptyState,
  LoadingSkeleton,
  Page,
  Section,
  useLocale,
  useMessages,
  type Messages,
} from "@comtem/ui";
import { Link } from "react-router";
import { sliceLabels, useShell } from "../shell-context";
import { WhatNeedsMe } from "./home/WhatNeedsMe";
import { YearAtAGlance } from "./home/YearAtAGlance";
import { MyCommunitiesList } from "./MyCommunitiesPage";

const messages: Messages<
  "title" | "lead" | "sections" | "mine" | "noSlices" | "open" | "loginHint"
> = {
  it: {
    title: "Sistema delle Comunità Tematiche",
    lead: "Le comunità di pratica con cui Comuni, Unioni, Province, Regione e Lepida guidano la trasformazione digitale.",
    sections: "Sezioni",
    mine: "Le mie comunità",
    noSlices: "Nessuna sezione è attiva in questo momento.",
    open: "Apri",
    loginHint:
      "Accedi per vedere le tue comunità, i tuoi incontri e ciò che richiede la tua attenzione.",
  },
  en: {
    title: "System of Thematic Communities",
    lead: "The communities of practice through which municipalities, unions, provinces, the Region and Lepida drive digital transformation.",
    sections: "Sections",
    mine: "My communities",
    noSlices: "No section is active right now.",
    open: "Open",
    loginHint: "Log in to see your communities, your meetings and what needs your attention.",
  },
};

export function HomePage() {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const { registry, session } = useShell();
  const slices = new Set(registry?.slices.map((s) => s.name));
  return (
    <Page title={t.title} lead={t.lead}>
      {session ? (
        <>
          <WhatNeedsMe communitiesSlice={slices.has("communities")} />
          <Section title={t.mine} id="mine">
            <MyCommunitiesList />
          </Section>
        </>
      ) : (
        <>
          <p>{t.loginHint}</p>
          <YearAtAGlance slices={slices} />
        </>
      )}
      <Section title={t.sections} id="sections">
        {!registry ? (
          <LoadingSkeleton lines={3} />
        ) : registry.slices.length === 0 ? (
          <EmptyState title={t.noSlices} />
        ) : (
          <CardGrid>
            {registry.slices.map((slice) => (
              <div className="col" key={slice.name}>
                <Card className="card-bg h-100">
                  <CardBody>
                    <CardTitle tag="h3" className="h5">
                      {sliceLabels[slice.name]?.[locale] ?? slice.name}
                    </CardTitle>
                    <CardText>
                      <Link to={`/${slice.name}`}>
                        {t.open}
                        <span className="visually-hidden">
                          {" "}
                          {sliceLabels[slice.name]?.[locale] ?? slice.name}
                        </span>
                      </Link>
                    </CardText>
                  </CardBody>
                </Card>
              </div>
            ))}
          </CardGrid>
        )}
      </Section>
    </Page>
  );
}
