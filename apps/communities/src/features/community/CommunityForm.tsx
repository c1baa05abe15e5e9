import { useMutation } from "@comtem/client";
import {
  Button,
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
import type { CommunityKind } from "../../gql/graphql";
import { declaratoriaMessages } from "./Declaratoria";

const CreateCommunity = graphql(`
  mutation CreateCommunity($input: CreateCommunityInput!) {
    createCommunity(input: $input) {
      community {
        id
        slug
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const UpdateCommunity = graphql(`
  mutation UpdateCommunity($id: ID!, $version: Int!, $input: UpdateCommunityInput!) {
    updateCommunity(id: $id, version: $version, input: $input) {
      community {
        id
        slug
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
  | "name"
  | "nameEn"
  | "slug"
  | "slugHint"
  | "kind"
  | "activeFrom"
  | "themesHint"
  | "create"
  | "save"
  | "created"
  | "saved"
  | "required"
  | "slugFormat"
> = {
  it: {
    name: "Nome",
    nameEn: "Nome in inglese",
    slug: "Indirizzo breve",
    slugHint: "Lettere minuscole, cifre e trattini: compare nell'indirizzo della pagina.",
    kind: "Tipo di comunità",
    activeFrom: "Attiva dal",
    themesHint: "Separati da virgole.",
    create: "Crea la comunità",
    save: "Salva nome e declaratoria",
    created: "Comunità creata.",
    saved: "Nome e declaratoria salvati.",
    required: "Campo obbligatorio.",
    slugFormat: "Usa solo lettere minuscole, cifre e trattini.",
  },
  en: {
    name: "Name",
    nameEn: "Name in English",
    slug: "Short address",
    slugHint: "Lowercase letters, digits and hyphens: it appears in the page's address.",
    kind: "Kind of community",
    activeFrom: "Active from",
    themesHint: "Separated by commas.",
    create: "Create the community",
    save: "Save name and declaratoria",
    created: "Community created.",
    saved: "Name and declaratoria saved.",
    required: "Required field.",
    slugFormat: "Use only lowercase letters, digits and hyphens.",
  },
};

const DECLARATORIA = [
  "mission",
  "perimeter",
  "longTermObjectives",
  "expectedResults",
  "participantProfile",
] as const;

export interface CommunityValues {
  id: string;
  version: number;
  name: string;
  nameEn: string;
  declaratoria: { themes: string[] } & Record<(typeof DECLARATORIA)[number], string>;
}

/**
 * Edit a community's names and declaratoria (co-coordinators), or create a community (admins:
 * then also its address, kind and start date). The form keeps what was typed across a reload
 * after a conflict; only the version sent comes from `community`.
 */
export function CommunityForm(props: {
  community?: CommunityValues;
  onSaved: (slug: string) => void;
  onReload?: () => void;
}) {
  const t = useMessages(messages);
  const d = useMessages(declaratoriaMessages);
  const { locale } = useLocale();
  const [create] = useMutation(CreateCommunity);
  const [update] = useMutation(UpdateCommunity);
  const s = useSubmission();
  const c = props.community;
  const prefix = c ? `community-${c.id}` : "community-new";
  const [values, setValues] = useState({
    name: c?.name ?? "",
    nameEn: c?.nameEn ?? "",
    slug: "",
    kind: "SPECIFICA" as CommunityKind,
    activeFrom: new Date().toISOString().slice(0, 10),
    themes: c?.declaratoria.themes.join(", ") ?? "",
    ...Object.fromEntries(DECLARATORIA.map((k) => [k, c?.declaratoria[k] ?? ""])),
  } as Record<string, string>);
  const set = (name: string) => (value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    s.clearField(name);
  };
  const field = (
    name: string,
    label: string,
    extra: { multiline?: boolean; hint?: string } = {},
  ) => (
    <TextField
      id={`${prefix}-${name}`}
      label={label}
      required
      rows={3}
      {...extra}
      value={values[name] ?? ""}
      error={s.fieldErrors[name]}
      onChange={set(name)}
    />
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { check, valid } = checker(s);
    const required = ["name", "nameEn", ...DECLARATORIA, ...(c ? [] : ["slug", "activeFrom"])];
    for (const name of required) check(Boolean(values[name]?.trim()), name, t.required);
    if (!c && values.slug) {
      check(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(values.slug), "slug", t.slugFormat);
    }
    if (!valid()) return;
    const declaratoria = {
      themes: values
        .themes!.split(",")
        .map((x) => x.trim())
        .filter(Boolean),
      ...Object.fromEntries(DECLARATORIA.map((k) => [k, values[k]!.trim()])),
    } as CommunityValues["declaratoria"];
    if (c) {
      const done = await s.submit(
        () =>
          update({
            id: c.id,
            version: c.version,
            input: { name: values.name!.trim(), nameEn: values.nameEn!.trim(), declaratoria },
          }),
        { userErrors: (x) => x.updateCommunity.userErrors, success: t.saved },
      );
      if (done?.updateCommunity.community) props.onSaved(done.updateCommunity.community.slug);
    } else {
      const done = await s.submit(
        () =>
          create({
            input: {
              slug: values.slug!,
              name: values.name!.trim(),
              nameEn: values.nameEn!.trim(),
              kind: values.kind as CommunityKind,
              activeFrom: values.activeFrom!,
              declaratoria,
            },
          }),
        { userErrors: (x) => x.createCommunity.userErrors, success: t.created },
      );
      if (done?.createCommunity.community) props.onSaved(done.createCommunity.community.slug);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <div className="row">
        <div className="col-md-6">{field("name", t.name)}</div>
        <div className="col-md-6">{field("nameEn", t.nameEn)}</div>
      </div>
      {c ? null : (
        <div className="row">
          <div className="col-md-5">{field("slug", t.slug, { hint: t.slugHint })}</div>
          <div className="col-md-4">
            <SelectField
              id={`${prefix}-kind`}
              label={t.kind}
              value={values.kind!}
              onChange={set("kind")}
              options={enumOptions("CommunityKind", locale)}
            />
          </div>
          <div className="col-md-3">
            <TextField
              id={`${prefix}-activeFrom`}
              label={t.activeFrom}
              type="date"
              required
              value={values.activeFrom!}
              error={s.fieldErrors.activeFrom}
              onChange={set("activeFrom")}
            />
          </div>
        </div>
      )}
      <TextField
        id={`${prefix}-themes`}
        label={d.themes}
        hint={t.themesHint}
        value={values.themes!}
        error={s.fieldErrors.themes}
        onChange={set("themes")}
      />
      {DECLARATORIA.map((k) => (
        <div key={k}>{field(k, d[k], { multiline: true })}</div>
      ))}
      <SubmissionFeedback submission={s} onReload={props.onReload} />
      <Button color="primary" type="submit" disabled={s.submitting}>
        {c ? t.save : t.create}
      </Button>
    </form>
  );
}
