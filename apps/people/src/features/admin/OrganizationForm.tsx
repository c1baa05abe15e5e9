import { useMutation } from "@comtem/client";
import {
  SelectField,
  TextField,
  enumOptions,
  useLocale,
  useMessages,
  useSubmission,
  type Messages,
  checker,
  FormActions,
} from "@comtem/ui";
import { useRef, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { OrganizationKind, UpdateOrganizationInput } from "../../gql/graphql";
import { localiseUserErrors } from "../common/serverMessages";
import { OrganizationPicker } from "./Pickers";

const CreateOrganization = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      organization {
        id
        name
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const UpdateOrganization = graphql(`
  mutation UpdateOrganization($id: ID!, $version: Int!, $input: UpdateOrganizationInput!) {
    updateOrganization(id: $id, version: $version, input: $input) {
      organization {
        id
        name
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

const IPA_CODE = /^[a-z0-9][a-z0-9_]{1,19}$/;
const ISTAT_CODE = /^(\d{2}|\d{3}|\d{6})$/;
const PROVINCES = ["PC", "PR", "RE", "MO", "BO", "FE", "RA", "FC", "RN"];

const messages: Messages<
  | "name"
  | "nameHint"
  | "kind"
  | "ipaCode"
  | "ipaHint"
  | "istatCode"
  | "istatHint"
  | "province"
  | "noProvince"
  | "union"
  | "adheredOn"
  | "adheredHint"
  | "website"
  | "create"
  | "save"
  | "cancel"
  | "saved"
  | "nothing"
  | "nameRequired"
  | "ipaInvalid"
  | "istatInvalid"
  | "websiteInvalid"
> = {
  it: {
    name: "Denominazione",
    nameHint: "Il nome ufficiale, per esempio Comune di Bologna.",
    kind: "Tipo di ente",
    ipaCode: "Codice IPA",
    ipaHint:
      "Dall'Indice delle Pubbliche Amministrazioni, in minuscolo: per esempio c_a944 o r_emiro.",
    istatCode: "Codice ISTAT",
    istatHint: "Per un Comune 6 cifre (per esempio 037006); 3 per una Provincia, 2 per la Regione.",
    province: "Provincia",
    noProvince: "— Nessuna —",
    union: "Unione di Comuni di appartenenza",
    adheredOn: "Data di adesione a ComTem",
    adheredHint: "Lascia vuoto se l'ente non ha ancora aderito.",
    website: "Sito web",
    create: "Registra l'ente",
    save: "Salva le modifiche",
    cancel: "Annulla",
    saved: "Dati dell'ente aggiornati.",
    nothing: "Non hai cambiato nulla: non c'è niente da salvare.",
    nameRequired: "Scrivi la denominazione (da 2 a 200 caratteri).",
    ipaInvalid:
      "Il codice IPA è fatto di lettere minuscole, cifre e trattini bassi, per esempio c_a944.",
    istatInvalid: "Il codice ISTAT ha 2, 3 o 6 cifre, per esempio 037006.",
    websiteInvalid: "Scrivi un indirizzo che inizia con https:// o http://",
  },
  en: {
    name: "Name",
    nameHint: "The official name, for example Comune di Bologna.",
    kind: "Kind of body",
    ipaCode: "IPA code",
    ipaHint: "From the Index of Public Administrations, lowercase: for example c_a944 or r_emiro.",
    istatCode: "ISTAT code",
    istatHint:
      "For a municipality 6 digits (for example 037006); 3 for a province, 2 for the Region.",
    province: "Province",
    noProvince: "— None —",
    union: "Union of municipalities it belongs to",
    adheredOn: "Date it joined ComTem",
    adheredHint: "Leave empty if the body has not joined yet.",
    website: "Website",
    create: "Register the body",
    save: "Save changes",
    cancel: "Cancel",
    saved: "The body's data were updated.",
    nothing: "You changed nothing: there is nothing to save.",
    nameRequired: "Write the name (2 to 200 characters).",
    ipaInvalid:
      "The IPA code is made of lowercase letters, digits and underscores, for example c_a944.",
    istatInvalid: "The ISTAT code has 2, 3 or 6 digits, for example 037006.",
    websiteInvalid: "Write an address starting with https:// or http://",
  },
};

/** An organization as last read: the form starts from it once; its version goes with saves. */
export interface OrganizationValues {
  id: string;
  version: number;
  name: string;
  kind: OrganizationKind;
  ipaCode?: string | null;
  istatCode?: string | null;
  province?: string | null;
  adheredOn?: string | null;
  website?: string | null;
  union?: { id: string; name: string } | null;
}

type Fields = {
  name: string;
  kind: string;
  ipaCode: string;
  istatCode: string;
  province: string;
  unionId: string;
  adheredOn: string;
  website: string;
};

const fromOrganization = (o?: OrganizationValues): Fields => ({
  name: o?.name ?? "",
  kind: o?.kind ?? "COMUNE",
  ipaCode: o?.ipaCode ?? "",
  istatCode: o?.istatCode ?? "",
  province: o?.province ?? "",
  unionId: o?.union?.id ?? "",
  adheredOn: o?.adheredOn ?? "",
  website: o?.website ?? "",
});

/**
 * Register an organization (`createOrganization`) or edit one (`updateOrganization` with the
 * version last read; only changed fields are sent, an emptied field is cleared).
 */
export function OrganizationForm(props: {
  organization?: OrganizationValues;
  onSaved: (organization: { id: string; name: string }) => void;
  onCancel?: () => void;
  onReload?: () => void;
}) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const [create] = useMutation(CreateOrganization);
  const [update] = useMutation(UpdateOrganization);
  const s = useSubmission();
  const o = props.organization;
  const initial = useRef(fromOrganization(o));
  const [values, setValues] = useState<Fields>(initial.current);
  const [unchanged, setUnchanged] = useState(false);
  const prefix = o ? "org-edit" : "org-new";
  const set = (name: keyof Fields) => (value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    setUnchanged(false);
    s.clearField(name);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const v = {
      ...values,
      name: values.name.trim(),
      ipaCode: values.ipaCode.trim(),
      istatCode: values.istatCode.trim(),
      website: values.website.trim(),
    };
    const { check, valid } = checker(s);
    check(v.name.length >= 2 && v.name.length <= 200, "name", t.nameRequired);
    check(!v.ipaCode || IPA_CODE.test(v.ipaCode), "ipaCode", t.ipaInvalid);
    check(!v.istatCode || ISTAT_CODE.test(v.istatCode), "istatCode", t.istatInvalid);
    check(
      !v.website || /^https?:\/\/[^\s/]+\.[^\s]+$/.test(v.website),
      "website",
      t.websiteInvalid,
    );
    if (!valid()) return;
    const options = {
      userErrors: (d: { userErrors: { code: string; field?: string | null; message: string }[] }) =>
        localiseUserErrors(d.userErrors, locale),
    };
    if (!o) {
      const done = await s.submit(
        async () =>
          (
            await create({
              input: {
                name: v.name,
                kind: v.kind as OrganizationKind,
                ipaCode: v.ipaCode || null,
                istatCode: v.istatCode || null,
                province: v.province || null,
                unionId: v.unionId || null,
                adheredOn: v.adheredOn || null,
                website: v.website || null,
              },
            })
          ).createOrganization,
        options,
      );
      if (done?.organization) props.onSaved(done.organization);
      return;
    }
    const was = initial.current;
    const input: UpdateOrganizationInput = {};
    if (v.name !== was.name) input.name = v.name;
    if (v.kind !== was.kind) input.kind = v.kind as OrganizationKind;
    for (const key of [
      "ipaCode",
      "istatCode",
      "province",
      "unionId",
      "adheredOn",
      "website",
    ] as const) {
      if (v[key] !== was[key]) input[key] = v[key] || null;
    }
    if (Object.keys(input).length === 0) {
      setUnchanged(true);
      return;
    }
    const done = await s.submit(
      async () => (await update({ id: o.id, version: o.version, input })).updateOrganization,
      { ...options, success: t.saved },
    );
    if (done?.organization) {
      initial.current = v;
      props.onSaved(done.organization);
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="organization-form">
      <TextField
        id={`${prefix}-name`}
        label={t.name}
        hint={t.nameHint}
        required
        value={values.name}
        error={s.fieldErrors.name}
        onChange={set("name")}
      />
      <div className="row">
        <div className="col-md-6">
          <SelectField
            id={`${prefix}-kind`}
            label={t.kind}
            required
            value={values.kind}
            error={s.fieldErrors.kind}
            onChange={set("kind")}
            options={enumOptions("OrganizationKind", locale)}
          />
        </div>
        <div className="col-md-6">
          <SelectField
            id={`${prefix}-province`}
            label={t.province}
            value={values.province}
            error={s.fieldErrors.province}
            onChange={set("province")}
            options={[
              { value: "", label: t.noProvince },
              ...PROVINCES.map((p) => ({ value: p, label: p })),
            ]}
          />
        </div>
      </div>
      <div className="row">
        <div className="col-md-6">
          <TextField
            id={`${prefix}-ipaCode`}
            label={t.ipaCode}
            hint={t.ipaHint}
            value={values.ipaCode}
            error={s.fieldErrors.ipaCode}
            onChange={set("ipaCode")}
          />
        </div>
        <div className="col-md-6">
          <TextField
            id={`${prefix}-istatCode`}
            label={t.istatCode}
            hint={t.istatHint}
            value={values.istatCode}
            error={s.fieldErrors.istatCode}
            onChange={set("istatCode")}
          />
        </div>
      </div>
      {values.kind === "COMUNE" || values.unionId ? (
        <OrganizationPicker
          id={`${prefix}-unionId`}
          label={t.union}
          kind="UNIONE"
          exclude={o?.id}
          initial={o?.union}
          value={values.unionId}
          error={s.fieldErrors.unionId}
          onChange={set("unionId")}
        />
      ) : null}
      <div className="row">
        <div className="col-md-6">
          <TextField
            id={`${prefix}-adheredOn`}
            label={t.adheredOn}
            hint={t.adheredHint}
            type="date"
            value={values.adheredOn}
            error={s.fieldErrors.adheredOn}
            onChange={set("adheredOn")}
          />
        </div>
        <div className="col-md-6">
          <TextField
            id={`${prefix}-website`}
            label={t.website}
            type="url"
            value={values.website}
            error={s.fieldErrors.website}
            onChange={set("website")}
          />
        </div>
      </div>
      <p role="status" className={unchanged ? "" : "visually-hidden"}>
        {unchanged ? t.nothing : null}
      </p>
      <FormActions
        submission={s}
        submitLabel={o ? t.save : t.create}
        onCancel={props.onCancel}
        onReload={props.onReload}
      />
    </form>
  );
}
