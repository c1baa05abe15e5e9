import { useMutation } from "@comtem/client";
import {
  CheckboxField,
  TextField,
  useLocale,
  useMessages,
  useSubmission,
  type Messages,
  checker,
  FormActions,
} from "@comtem/ui";
import { useRef, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { UpdateProfileInput } from "../../gql/graphql";
import { localiseUserErrors } from "../common/serverMessages";
import { SkillTags } from "./SkillTags";

const UpdateMyProfile = graphql(`
  mutation UpdateMyProfile($version: Int!, $input: UpdateProfileInput!) {
    updateMyProfile(version: $version, input: $input) {
      person {
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

const UpdateProfile = graphql(`
  mutation UpdatePersonProfile($personId: ID!, $version: Int!, $input: UpdateProfileInput!) {
    updateProfile(personId: $personId, version: $version, input: $input) {
      person {
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

const PHONE = /^\+?[0-9 ]{6,20}$/;

const messages: Messages<
  | "givenName"
  | "familyName"
  | "publicRole"
  | "publicRoleHint"
  | "bio"
  | "bioHint"
  | "skills"
  | "available"
  | "availableHint"
  | "phone"
  | "phoneHint"
  | "save"
  | "cancel"
  | "saved"
  | "nothing"
  | "nameRequired"
  | "roleRequired"
  | "bioTooLong"
  | "phoneInvalid"
> = {
  it: {
    givenName: "Nome",
    familyName: "Cognome",
    publicRole: "Ruolo pubblico",
    publicRoleHint:
      "Come ti presenti agli altri enti, per esempio Responsabile per la Transizione Digitale.",
    bio: "Presentazione",
    bioHint:
      "Testo semplice, fino a 2000 caratteri: di cosa ti occupi, su cosa puoi dare una mano.",
    skills: "Competenze",
    available: "Sono disponibile ad aiutare colleghi di altri enti",
    availableHint: "Chi cerca aiuto ti troverà nell'elenco filtrando per disponibilità.",
    phone: "Telefono",
    phoneHint:
      "Visibile solo a te, agli amministratori e a chi partecipa alle tue stesse comunità. Per esempio +39 051 123456.",
    save: "Salva il profilo",
    cancel: "Annulla",
    saved: "Profilo aggiornato.",
    nothing: "Non hai cambiato nulla: non c'è niente da salvare.",
    nameRequired: "Questo campo è obbligatorio.",
    roleRequired: "Scrivi il ruolo pubblico (da 2 a 150 caratteri).",
    bioTooLong: "La presentazione può avere al massimo 2000 caratteri.",
    phoneInvalid:
      "Usa solo cifre e spazi, con il prefisso + facoltativo: per esempio +39 051 123456.",
  },
  en: {
    givenName: "Given name",
    familyName: "Family name",
    publicRole: "Public role",
    publicRoleHint:
      "How you introduce yourself to other bodies, for example Digital Transition Manager.",
    bio: "About me",
    bioHint: "Plain text, up to 2000 characters: what you work on, what you can help with.",
    skills: "Skills",
    available: "I am available to help colleagues of other bodies",
    availableHint: "People looking for help will find you in the directory by filtering on it.",
    phone: "Phone",
    phoneHint:
      "Visible only to you, to admins and to people in your communities. For example +39 051 123456.",
    save: "Save the profile",
    cancel: "Cancel",
    saved: "Profile updated.",
    nothing: "You changed nothing: there is nothing to save.",
    nameRequired: "This field is required.",
    roleRequired: "Write the public role (2 to 150 characters).",
    bioTooLong: "The presentation can be at most 2000 characters long.",
    phoneInvalid:
      "Use digits and spaces only, with an optional leading +: for example +39 051 123456.",
  },
};

/** The profile as last read: the form starts from it once; its version goes with each save. */
export interface ProfileValues {
  id: string;
  version: number;
  givenName: string;
  familyName: string;
  publicRole: string;
  bio?: string | null;
  skills: string[];
  availableToHelp: boolean;
  phone?: string | null;
}

type FormValues = Omit<ProfileValues, "id" | "version" | "bio" | "phone"> & {
  bio: string;
  phone: string;
};

const fromProfile = (p: ProfileValues): FormValues => ({
  givenName: p.givenName,
  familyName: p.familyName,
  publicRole: p.publicRole,
  bio: p.bio ?? "",
  skills: p.skills,
  availableToHelp: p.availableToHelp,
  phone: p.phone ?? "",
});

/**
 * Edit a profile: one's own (`updateMyProfile`) or, for admins, someone else's
 * (`updateProfile`). Only the fields changed in the form are sent, with the version of the
 * profile last read: after a conflict and a reload, what the user typed stays and what others
 * changed elsewhere is kept.
 */
export function ProfileForm(props: {
  profile: ProfileValues;
  /** Someone else's profile (admins): `updateProfile`. */
  other?: boolean;
  onSaved: () => void;
  onCancel?: () => void;
  onReload: () => void;
}) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const [updateMine] = useMutation(UpdateMyProfile);
  const [updateOther] = useMutation(UpdateProfile);
  const s = useSubmission();
  const initial = useRef(fromProfile(props.profile));
  const [values, setValues] = useState<FormValues>(initial.current);
  const [unchanged, setUnchanged] = useState(false);
  const prefix = "profile";
  const set =
    <K extends keyof FormValues>(name: K) =>
    (value: FormValues[K]) => {
      setValues((v) => ({ ...v, [name]: value }));
      setUnchanged(false);
      s.clearField(name);
    };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { check, valid } = checker(s);
    check(values.givenName.trim().length > 0, "givenName", t.nameRequired);
    check(values.familyName.trim().length > 0, "familyName", t.nameRequired);
    const role = values.publicRole.trim().length;
    check(role >= 2 && role <= 150, "publicRole", t.roleRequired);
    check(values.bio.length <= 2000, "bio", t.bioTooLong);
    check(!values.phone.trim() || PHONE.test(values.phone.trim()), "phone", t.phoneInvalid);
    if (!valid()) return;

    const was = initial.current;
    const input: UpdateProfileInput = {};
    if (values.givenName.trim() !== was.givenName) input.givenName = values.givenName.trim();
    if (values.familyName.trim() !== was.familyName) input.familyName = values.familyName.trim();
    if (values.publicRole.trim() !== was.publicRole) input.publicRole = values.publicRole.trim();
    if (values.bio !== was.bio) input.bio = values.bio.trim() ? values.bio : null;
    if (values.skills.join(",") !== was.skills.join(",")) input.skills = values.skills;
    if (values.availableToHelp !== was.availableToHelp) {
      input.availableToHelp = values.availableToHelp;
    }
    if (values.phone.trim() !== was.phone) input.phone = values.phone.trim() || null;
    if (Object.keys(input).length === 0) {
      setUnchanged(true);
      return;
    }
    const version = props.profile.version;
    const done = props.other
      ? await s.submit(
          async () =>
            (await updateOther({ personId: props.profile.id, version, input })).updateProfile,
          { userErrors: (d) => localiseUserErrors(d.userErrors, locale), success: t.saved },
        )
      : await s.submit(async () => (await updateMine({ version, input })).updateMyProfile, {
          userErrors: (d) => localiseUserErrors(d.userErrors, locale),
          success: t.saved,
        });
    if (done?.person) {
      initial.current = values;
      props.onSaved();
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="profile-form">
      <div className="row">
        <div className="col-md-6">
          <TextField
            id={`${prefix}-givenName`}
            label={t.givenName}
            required
            value={values.givenName}
            error={s.fieldErrors.givenName}
            onChange={set("givenName")}
          />
        </div>
        <div className="col-md-6">
          <TextField
            id={`${prefix}-familyName`}
            label={t.familyName}
            required
            value={values.familyName}
            error={s.fieldErrors.familyName}
            onChange={set("familyName")}
          />
        </div>
      </div>
      <TextField
        id={`${prefix}-publicRole`}
        label={t.publicRole}
        hint={t.publicRoleHint}
        required
        value={values.publicRole}
        error={s.fieldErrors.publicRole}
        onChange={set("publicRole")}
      />
      <TextField
        id={`${prefix}-bio`}
        label={t.bio}
        hint={t.bioHint}
        multiline
        rows={5}
        value={values.bio}
        error={s.fieldErrors.bio}
        onChange={set("bio")}
      />
      <SkillTags
        id={`${prefix}-skills`}
        legend={t.skills}
        skills={values.skills}
        onChange={set("skills")}
        error={s.fieldErrors.skills}
        onError={(message) =>
          message ? s.setFieldError("skills", message) : s.clearField("skills")
        }
      />
      <CheckboxField
        id={`${prefix}-availableToHelp`}
        label={t.available}
        hint={t.availableHint}
        checked={values.availableToHelp}
        onChange={set("availableToHelp")}
      />
      <div className="row">
        <div className="col-md-6">
          <TextField
            id={`${prefix}-phone`}
            label={t.phone}
            hint={t.phoneHint}
            type="tel"
            value={values.phone}
            error={s.fieldErrors.phone}
            onChange={set("phone")}
          />
        </div>
      </div>
      <p role="status" className={unchanged ? "" : "visually-hidden"}>
        {unchanged ? t.nothing : null}
      </p>
      <FormActions
        submission={s}
        submitLabel={t.save}
        onCancel={props.onCancel}
        onReload={props.onReload}
      />
    </form>
  );
}
