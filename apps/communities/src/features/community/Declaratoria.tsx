import { Badge, useMessages, type Messages } from "@comtem/ui";
import type { CommunityDetailQuery } from "../../gql/graphql";

type Value = NonNullable<CommunityDetailQuery["community"]>["declaratoria"];

export const declaratoriaMessages: Messages<
  | "themes"
  | "mission"
  | "perimeter"
  | "longTermObjectives"
  | "expectedResults"
  | "participantProfile"
> = {
  it: {
    themes: "Temi",
    mission: "Missione",
    perimeter: "Perimetro",
    longTermObjectives: "Obiettivi di lungo periodo",
    expectedResults: "Risultati attesi",
    participantProfile: "Chi dovrebbe partecipare",
  },
  en: {
    themes: "Themes",
    mission: "Mission",
    perimeter: "Scope",
    longTermObjectives: "Long-term objectives",
    expectedResults: "Expected results",
    participantProfile: "Who should take part",
  },
};

export function Declaratoria(props: { declaratoria: Value }) {
  const t = useMessages(declaratoriaMessages);
  const d = props.declaratoria;
  const fields = [
    "mission",
    "perimeter",
    "longTermObjectives",
    "expectedResults",
    "participantProfile",
  ] as const;
  return (
    <dl>
      <dt>{t.themes}</dt>
      <dd>
        {d.themes.map((theme) => (
          <Badge key={theme} color="secondary" className="me-1">
            {theme}
          </Badge>
        ))}
      </dd>
      {fields.map((field) => (
        <div key={field}>
          <dt>{t[field]}</dt>
          <dd className="text-prewrap" style={{ whiteSpace: "pre-line" }}>
            {d[field]}
          </dd>
        </div>
      ))}
    </dl>
  );
}
