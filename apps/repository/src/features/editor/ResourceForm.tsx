import { useMutation, useQuery } from "@comtem/client";
import {
  Button,
  CheckboxField,
  SelectField,
  SubmissionFeedback,
  checker,
  TextField,
  enumOptions,
  useLocale,
  useMessages,
  useSubmission,
  type Messages,
} from "@comtem/ui";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { ResourceKind } from "../../gql/graphql";

const EditorContext = graphql(`
  query ResourceEditorContext {
    topics {
      slug
      labelIt
      labelEn
    }
    me {
      id
      organization {
        id
        name
      }
      communities {
        id
        name
        nameEn
        plans {
          id
          year
          goalActions {
            id
            code
            title
          }
        }
      }
    }
  }
`);

const CreateResource = graphql(`
  mutation CreateResource($input: CreateResourceInput!) {
    createResource(input: $input) {
      resource {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const UpdateResource = graphql(`
  mutation UpdateResource($id: ID!, $version: Int!, $input: UpdateResourceInput!) {
    updateResource(id: $id, version: $version, input: $input) {
      resource {
        id
        version
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const messages: Messages<
  | "title"
  | "kind"
  | "summary"
  | "summaryHint"
  | "body"
  | "bodyHint"
  | "topics"
  | "topicsHint"
  | "tags"
  | "tagsHint"
  | "community"
  | "noCommunity"
  | "goalAction"
  | "goalActionHint"
  | "noGoalAction"
  | "year"
  | "license"
  | "licenseHint"
  | "link"
  | "linkHint"
  | "as"
  | "create"
  | "save"
  | "saved"
  | "titleRequired"
  | "yearRange"
  | "linkInvalid"
> = {
  it: {
    title: "Titolo",
    kind: "Tipo di risorsa",
    summary: "Sintesi",
    summaryHint: "Una o due frasi: compaiono nei risultati di ricerca.",
    body: "Descrizione",
    bodyHint:
      "Testo con formattazione Markdown (titoli, elenchi, collegamenti); l'HTML non viene interpretato.",
    topics: "Temi",
    topicsHint: "Almeno uno, per poterla pubblicare.",
    tags: "Parole chiave",
    tagsHint: "Separate da virgole, per esempio: open data, metadati.",
    community: "Comunità",
    noCommunity: "Nessuna: risorsa del mio ente",
    goalAction: "È il prodotto di un'azione-obiettivo?",
    goalActionHint: "Il collegamento lo mostra nel Piano di Attività della comunità.",
    noGoalAction: "No",
    year: "Anno",
    license: "Licenza",
    licenseHint: "Identificativo SPDX, per esempio CC-BY-4.0 o EUPL-1.2.",
    link: "Collegamento principale",
    linkHint: "Un indirizzo https dove trovare la risorsa (facoltativo).",
    as: "Condivisa per conto di",
    create: "Salva la bozza",
    save: "Salva le modifiche",
    saved: "Modifiche salvate.",
    titleRequired: "Scrivi un titolo di almeno 3 caratteri.",
    yearRange: "Indica un anno tra 2000 e 2100.",
    linkInvalid: "Scrivi un indirizzo che inizia con https://",
  },
  en: {
    title: "Title",
    kind: "Kind of resource",
    summary: "Summary",
    summaryHint: "One or two sentences: shown in search results.",
    body: "Description",
    bodyHint: "Text with Markdown formatting (headings, lists, links); HTML is not interpreted.",
    topics: "Topics",
    topicsHint: "At least one, to be able to publish it.",
    tags: "Keywords",
    tagsHint: "Separated by commas, for example: open data, metadata.",
    community: "Community",
    noCommunity: "None: a resource of my organization",
    goalAction: "Is it the deliverable of a goal-action?",
    goalActionHint: "The link shows it in the community's Activity Plan.",
    noGoalAction: "No",
    year: "Year",
    license: "License",
    licenseHint: "SPDX identifier, for example CC-BY-4.0 or EUPL-1.2.",
    link: "Main link",
    linkHint: "An https address where the resource can be found (optional).",
    as: "Shared on behalf of",
    create: "Save the draft",
    save: "Save changes",
    saved: "Changes saved.",
    titleRequired: "Write a title of at least 3 characters.",
    yearRange: "Give a year between 2000 and 2100.",
    linkInvalid: "Write an address starting with https://",
  },
};

/** The values a resource is edited from (the latest read: its version goes with the save). */
export interface ResourceValues {
  id: string;
  version: number;
  title: string;
  kind: ResourceKind;
  summary: string;
  body: string;
  tags: string[];
  year: number;
  license?: string | null;
  topics: { slug: string }[];
  links: { url: string; title?: string | null }[];
  community?: { id: string } | null;
  goalAction?: { id: string } | null;
}

/**
 * Share a resource (a draft, published later from its page) or edit one. The form keeps what
 * was typed across a reload after a conflict: only the version sent comes from `resource`.
 */
export function ResourceForm(props: {
  resource?: ResourceValues;
  /** Preselected when sharing from a goal-action ("deliverable"). */
  initialCommunityId?: string;
  initialGoalActionId?: string;
  onSaved: (id: string) => void;
  onReload?: () => void;
}) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const context = useQuery(EditorContext);
  const [create] = useMutation(CreateResource);
  const [update] = useMutation(UpdateResource);
  const s = useSubmission();
  const r = props.resource;
  const [values, setValues] = useState({
    title: r?.title ?? "",
    kind: r?.kind ?? (props.initialGoalActionId ? "DELIVERABLE" : "SOLUZIONE_ORGANIZZATIVA"),
    summary: r?.summary ?? "",
    body: r?.body ?? "",
    tags: r?.tags.join(", ") ?? "",
    year: String(r?.year ?? new Date().getFullYear()),
    license: r?.license ?? "",
    link: r?.links[0]?.url ?? "",
    communityId: r?.community?.id ?? props.initialCommunityId ?? "",
    goalActionId: r?.goalAction?.id ?? props.initialGoalActionId ?? "",
  });
  const [topics, setTopics] = useState<Set<string>>(new Set(r?.topics.map((x) => x.slug)));
  const set = (name: keyof typeof values) => (value: string) => {
    setValues((v) => ({
      ...v,
      [name]: value,
      ...(name === "communityId" ? { goalActionId: "" } : {}),
    }));
    s.clearField(name === "link" ? "links" : name);
  };
  const me = context.data?.me;
  // Either list is null when its subgraph did not answer: the choices are then empty.
  const community = me?.communities?.find((c) => c.id === values.communityId);
  const goalActions =
    community?.plans?.flatMap((p) => p.goalActions.map((g) => ({ ...g, year: p.year }))) ?? [];
  const prefix = r ? `resource-${r.id}` : "resource-new";

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const year = Number(values.year);
    const { check, valid } = checker(s);
    check(values.title.trim().length >= 3, "title", t.titleRequired);
    check(Number.isInteger(year) && year >= 2000 && year <= 2100, "year", t.yearRange);
    check(
      !values.link.trim() || /^https:\/\/\S+$/.test(values.link.trim()),
      "links",
      t.linkInvalid,
    );
    if (!valid()) return;
    const common = {
      title: values.title.trim(),
      kind: values.kind as ResourceKind,
      summary: values.summary.trim(),
      body: values.body,
      tags: values.tags
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean),
      topics: [...topics],
      year,
      license: values.license.trim() || null,
      links: values.link.trim() ? [{ url: values.link.trim() }] : [],
      communityId: values.communityId || null,
      goalActionId: values.goalActionId || null,
    };
    if (r) {
      const done = await s.submit(() => update({ id: r.id, version: r.version, input: common }), {
        userErrors: (d) => d.updateResource.userErrors,
        success: t.saved,
      });
      if (done?.updateResource.resource) props.onSaved(done.updateResource.resource.id);
    } else {
      if (!me) return;
      const done = await s.submit(
        () => create({ input: { ...common, organizationId: me.organization.id } }),
        { userErrors: (d) => d.createResource.userErrors },
      );
      if (done?.createResource.resource) props.onSaved(done.createResource.resource.id);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      {me && !r ? (
        <p>
          {t.as} <strong>{me.organization.name}</strong>
        </p>
      ) : null}
      <TextField
        id={`${prefix}-title`}
        label={t.title}
        required
        value={values.title}
        error={s.fieldErrors.title}
        onChange={set("title")}
      />
      <div className="row">
        <div className="col-md-8">
          <SelectField
            id={`${prefix}-kind`}
            label={t.kind}
            value={values.kind}
            error={s.fieldErrors.kind}
            onChange={set("kind")}
            options={enumOptions("ResourceKind", locale)}
          />
        </div>
        <div className="col-md-4">
          <TextField
            id={`${prefix}-year`}
            label={t.year}
            type="number"
            min={2000}
            max={2100}
            value={values.year}
            error={s.fieldErrors.year}
            onChange={set("year")}
          />
        </div>
      </div>
      <TextField
        id={`${prefix}-summary`}
        label={t.summary}
        hint={t.summaryHint}
        multiline
        rows={2}
        value={values.summary}
        error={s.fieldErrors.summary}
        onChange={set("summary")}
      />
      <TextField
        id={`${prefix}-body`}
        label={t.body}
        hint={t.bodyHint}
        multiline
        rows={8}
        value={values.body}
        error={s.fieldErrors.body}
        onChange={set("body")}
      />
      {context.data?.topics.length ? (
        <fieldset className="mb-3">
          <legend className="form-label fw-semibold fs-6">{t.topics}</legend>
          <p className="form-text mt-0">{t.topicsHint}</p>
          <div className="row row-cols-1 row-cols-md-3">
            {context.data.topics.map((topic) => (
              <div className="col" key={topic.slug}>
                <CheckboxField
                  id={`${prefix}-topic-${topic.slug}`}
                  label={locale === "en" ? topic.labelEn : topic.labelIt}
                  checked={topics.has(topic.slug)}
                  onChange={(checked) =>
                    setTopics((current) => {
                      const next = new Set(current);
                      if (checked) next.add(topic.slug);
                      else next.delete(topic.slug);
                      return next;
                    })
                  }
                />
              </div>
            ))}
          </div>
          {s.fieldErrors.topics ? (
            <div className="invalid-feedback d-block" role="alert">
              {s.fieldErrors.topics}
            </div>
          ) : null}
        </fieldset>
      ) : null}
      <TextField
        id={`${prefix}-tags`}
        label={t.tags}
        hint={t.tagsHint}
        value={values.tags}
        error={s.fieldErrors.tags}
        onChange={set("tags")}
      />
      <div className="row">
        <div className="col-md-6">
          <SelectField
            id={`${prefix}-community`}
            label={t.community}
            value={values.communityId}
            error={s.fieldErrors.communityId}
            onChange={set("communityId")}
            options={[
              { value: "", label: t.noCommunity },
              ...(me?.communities ?? []).map((c) => ({
                value: c.id,
                label: locale === "en" ? c.nameEn : c.name,
              })),
            ]}
          />
        </div>
        <div className="col-md-6">
          {goalActions.length ? (
            <SelectField
              id={`${prefix}-goal-action`}
              label={t.goalAction}
              hint={t.goalActionHint}
              value={values.goalActionId}
              error={s.fieldErrors.goalActionId}
              onChange={set("goalActionId")}
              options={[
                { value: "", label: t.noGoalAction },
                ...goalActions.map((g) => ({
                  value: g.id,
                  label: `${g.code} — ${g.title} (${g.year})`,
                })),
              ]}
            />
          ) : null}
        </div>
      </div>
      <div className="row">
        <div className="col-md-8">
          <TextField
            id={`${prefix}-link`}
            label={t.link}
            hint={t.linkHint}
            type="url"
            value={values.link}
            error={s.fieldErrors.links}
            onChange={set("link")}
          />
        </div>
        <div className="col-md-4">
          <TextField
            id={`${prefix}-license`}
            label={t.license}
            hint={t.licenseHint}
            value={values.license}
            error={s.fieldErrors.license}
            onChange={set("license")}
          />
        </div>
      </div>
      <SubmissionFeedback submission={s} onReload={props.onReload} />
      <Button color="primary" type="submit" disabled={s.submitting || (!r && !me)}>
        {r ? t.save : t.create}
      </Button>
    </form>
  );
}
