import { useMutation, useQuery } from "@comtem/client";
import {
  Badge,
  Button,
  CheckboxField,
  DataTable,
  Disclosure,
  QueryView,
  SelectField,
  SubmissionFeedback,
  TextField,
  format,
  formatDate,
  useLocale,
  useMessages,
  useSubmission,
  type Messages,
  checker,
  FormActions,
} from "@comtem/ui";
import { useEffect, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import { localiseUserErrors } from "../common/serverMessages";
import { AdminPage } from "./AdminLayout";

const ActiveSlices = graphql(`
  query AdminActiveSlices {
    uiSlices {
      id
      name
    }
    communities(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const SliceVersions = graphql(`
  query AdminSliceVersions($name: String!) {
    uiSliceVersions(name: $name) {
      id
      name
      remoteName
      manifestUrl
      exposedModule
      version
      enabled
      active
      registeredAt
      community {
        id
        name
      }
    }
  }
`);

const SetEnabled = graphql(`
  mutation SetUiSliceEnabled($name: String!, $enabled: Boolean!) {
    setUiSliceEnabled(name: $name, enabled: $enabled) {
      uiSlice {
        id
        enabled
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const Activate = graphql(`
  mutation ActivateUiSliceVersion($name: String!, $version: String!) {
    activateUiSliceVersion(name: $name, version: $version) {
      uiSlice {
        id
        version
        active
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const Register = graphql(`
  mutation AdminRegisterUiSlice($input: RegisterUiSliceInput!) {
    registerUiSlice(input: $input) {
      uiSlice {
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

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const REMOTE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const EXPOSED = /^\.\/[A-Za-z0-9_\-/]+$/;
const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
/** Names an admin looked at, so that a disabled slice (no longer in `uiSlices`) stays listed. */
const REMEMBERED = "comtem.people.admin.slices";

const messages: Messages<
  | "title"
  | "lead"
  | "lookup"
  | "lookupHint"
  | "show"
  | "unknown"
  | "register"
  | "registerVersion"
  | "enabled"
  | "disabled"
  | "platform"
  | "community"
  | "activeVersion"
  | "disable"
  | "enable"
  | "disableThis"
  | "confirmDisable"
  | "confirm"
  | "cancel"
  | "disabledNotice"
  | "enabledNotice"
  | "activatedNotice"
  | "registeredNotice"
  | "versions"
  | "version"
  | "registeredAt"
  | "state"
  | "current"
  | "previous"
  | "actions"
  | "activate"
  | "activateOf"
  | "confirmActivate"
  | "name"
  | "nameHint"
  | "remoteName"
  | "manifestUrl"
  | "manifestHint"
  | "exposedModule"
  | "versionHint"
  | "communityField"
  | "noCommunity"
  | "enableNow"
  | "submit"
  | "nameInvalid"
  | "remoteInvalid"
  | "manifestInvalid"
  | "exposedInvalid"
  | "versionInvalid"
  | "versionTaken"
> = {
  it: {
    title: "Interfacce (slice)",
    lead: "Le parti dell'interfaccia che la piattaforma carica: per ciascuna la versione attiva, che si può disattivare, riportare a una versione precedente o sostituire registrandone una nuova. Le modifiche valgono dal prossimo caricamento delle pagine.",
    lookup: "Cerca un'interfaccia per nome",
    lookupHint: "Anche disattivata: per esempio people o competenze-digitali-calendario.",
    show: "Mostra",
    unknown: "Nessuna interfaccia registrata con il nome «{name}».",
    register: "Registra una nuova interfaccia",
    registerVersion: "Registra una nuova versione",
    enabled: "Attiva",
    disabled: "Disattivata",
    platform: "Di tutta la piattaforma",
    community: "Della comunità {name}",
    activeVersion: "Versione in uso: {version}",
    disable: "Disattiva",
    enable: "Riattiva",
    disableThis:
      "È l'interfaccia di questa pagina: disattivata, sparirà dal prossimo caricamento. Riattivala da qui prima di lasciare la pagina, se non vuoi perderne l'accesso dal menu.",
    confirmDisable:
      "Disattivare «{name}»? Chi apre la piattaforma non la vedrà più finché non la riattivi.",
    confirm: "Sì, disattiva",
    cancel: "Annulla",
    disabledNotice: "«{name}» disattivata.",
    enabledNotice: "«{name}» riattivata.",
    activatedNotice: "«{name}»: ora è in uso la versione {version}.",
    registeredNotice: "«{name}»: registrata e in uso la versione {version}.",
    versions: "Versioni registrate di {name}",
    version: "Versione",
    registeredAt: "Registrata il",
    state: "Stato",
    current: "In uso",
    previous: "Non in uso",
    actions: "Azioni",
    activate: "Usa questa versione",
    activateOf: "Usa questa versione: {version}",
    confirmActivate: "Conferma: usa la {version}",
    name: "Nome",
    nameHint: "Parole minuscole unite da trattini, per esempio competenze-digitali-calendario.",
    remoteName: "Nome del modulo remoto",
    manifestUrl: "Indirizzo del manifest",
    manifestHint:
      "L'indirizzo completo di mf-manifest.json; l'origine deve essere tra quelle consentite.",
    exposedModule: "Modulo esposto",
    versionHint: "Una versione nuova, nel formato 1.2.0.",
    communityField: "Comunità",
    noCommunity: "Nessuna: di tutta la piattaforma",
    enableNow: "Attivala subito",
    submit: "Registra",
    nameInvalid: "Usa parole minuscole unite da trattini (da 2 a 60 caratteri).",
    remoteInvalid: "Un identificativo come comtem_calendario (lettere, cifre, trattini bassi).",
    manifestInvalid: "Scrivi un indirizzo completo che inizia con https:// o http://",
    exposedInvalid: "Un percorso come ./App",
    versionInvalid: "Scrivi la versione nel formato 1.2.0.",
    versionTaken: "Questa versione è già registrata: per tornarci usa «Usa questa versione».",
  },
  en: {
    title: "Interfaces (slices)",
    lead: "The parts of the interface the platform loads: for each, the version in use, which can be disabled, rolled back to an earlier version, or replaced by registering a new one. Changes apply from the next page load.",
    lookup: "Find an interface by name",
    lookupHint: "Disabled ones too: for example people or competenze-digitali-calendario.",
    show: "Show",
    unknown: "No interface is registered with the name “{name}”.",
    register: "Register a new interface",
    registerVersion: "Register a new version",
    enabled: "Enabled",
    disabled: "Disabled",
    platform: "Platform-wide",
    community: "Of the community {name}",
    activeVersion: "Version in use: {version}",
    disable: "Disable",
    enable: "Enable again",
    disableThis:
      "This is the interface of this page: once disabled it disappears from the next load. Enable it again from here before leaving the page if you want to keep reaching it from the menu.",
    confirmDisable:
      "Disable “{name}”? People opening the platform will not see it until you enable it again.",
    confirm: "Yes, disable",
    cancel: "Cancel",
    disabledNotice: "“{name}” disabled.",
    enabledNotice: "“{name}” enabled again.",
    activatedNotice: "“{name}”: version {version} is now in use.",
    registeredNotice: "“{name}”: version {version} registered and in use.",
    versions: "Registered versions of {name}",
    version: "Version",
    registeredAt: "Registered on",
    state: "Status",
    current: "In use",
    previous: "Not in use",
    actions: "Actions",
    activate: "Use this version",
    activateOf: "Use this version: {version}",
    confirmActivate: "Confirm: use {version}",
    name: "Name",
    nameHint: "Lowercase words joined by hyphens, for example competenze-digitali-calendario.",
    remoteName: "Remote module name",
    manifestUrl: "Manifest address",
    manifestHint: "The full address of mf-manifest.json; its origin must be an allowed one.",
    exposedModule: "Exposed module",
    versionHint: "A new version, in the form 1.2.0.",
    communityField: "Community",
    noCommunity: "None: platform-wide",
    enableNow: "Enable it at once",
    submit: "Register",
    nameInvalid: "Use lowercase words joined by hyphens (2 to 60 characters).",
    remoteInvalid: "An identifier like comtem_calendario (letters, digits, underscores).",
    manifestInvalid: "Write a full address starting with https:// or http://",
    exposedInvalid: "A path like ./App",
    versionInvalid: "Write the version in the form 1.2.0.",
    versionTaken: "This version is already registered: to go back to it use “Use this version”.",
  },
};

interface SliceVersion {
  id: string;
  name: string;
  remoteName: string;
  manifestUrl: string;
  exposedModule: string;
  version: string;
  enabled: boolean;
  active: boolean;
  registeredAt: string;
  community?: { id: string; name: string } | null;
}

function remembered(): string[] {
  try {
    const value = JSON.parse(localStorage.getItem(REMEMBERED) ?? "[]") as unknown;
    return Array.isArray(value) ? value.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

function remember(names: string[]) {
  try {
    localStorage.setItem(REMEMBERED, JSON.stringify([...new Set(names)].sort()));
  } catch {
    // Private mode: the list lasts as long as the page.
  }
}

/** `registerUiSlice`: a new interface, or a new version of one (prefilled from `from`). */
function RegisterForm(props: {
  from?: SliceVersion;
  communities: { id: string; name: string }[];
  onDone: (name: string, version: string) => void;
  onCancel: () => void;
}) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const [register] = useMutation(Register);
  const s = useSubmission();
  const f = props.from;
  const [v, setV] = useState({
    name: f?.name ?? "",
    remoteName: f?.remoteName ?? "",
    manifestUrl: f?.manifestUrl ?? "",
    exposedModule: f?.exposedModule ?? "./App",
    version: "",
    communityId: f?.community?.id ?? "",
  });
  const [enabled, setEnabled] = useState(true);
  const prefix = f ? `register-${f.name}` : "register-new";
  const set = (name: keyof typeof v) => (value: string) => {
    setV((x) => ({ ...x, [name]: value }));
    s.clearField(name);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const x = {
      name: v.name.trim(),
      remoteName: v.remoteName.trim(),
      manifestUrl: v.manifestUrl.trim(),
      exposedModule: v.exposedModule.trim(),
      version: v.version.trim(),
    };
    const { check, valid } = checker(s);
    check(NAME.test(x.name) && x.name.length <= 60, "name", t.nameInvalid);
    check(REMOTE.test(x.remoteName), "remoteName", t.remoteInvalid);
    check(/^https?:\/\/\S+$/.test(x.manifestUrl), "manifestUrl", t.manifestInvalid);
    check(EXPOSED.test(x.exposedModule), "exposedModule", t.exposedInvalid);
    check(SEMVER.test(x.version), "version", t.versionInvalid);
    if (!valid()) return;
    const done = await s.submit(
      async () =>
        (
          await register({
            input: { ...x, communityId: v.communityId || null, enabled },
          })
        ).registerUiSlice,
      {
        userErrors: (d) =>
          localiseUserErrors(d.userErrors, locale).map((e) =>
            e.code === "DUPLICATE" && e.field === "version" ? { ...e, message: t.versionTaken } : e,
          ),
      },
    );
    if (done?.uiSlice) props.onDone(done.uiSlice.name, done.uiSlice.version);
  };
  return (
    <form onSubmit={submit} noValidate data-testid="slice-register-form">
      <div className="row">
        <div className="col-md-6">
          {f ? null : (
            <TextField
              id={`${prefix}-name`}
              label={t.name}
              hint={t.nameHint}
              required
              value={v.name}
              error={s.fieldErrors.name}
              onChange={set("name")}
            />
          )}
          <TextField
            id={`${prefix}-version`}
            label={t.version}
            hint={t.versionHint}
            required
            value={v.version}
            error={s.fieldErrors.version}
            onChange={set("version")}
          />
        </div>
        <div className="col-md-6">
          <TextField
            id={`${prefix}-remoteName`}
            label={t.remoteName}
            required
            value={v.remoteName}
            error={s.fieldErrors.remoteName}
            onChange={set("remoteName")}
          />
          <TextField
            id={`${prefix}-exposedModule`}
            label={t.exposedModule}
            required
            value={v.exposedModule}
            error={s.fieldErrors.exposedModule}
            onChange={set("exposedModule")}
          />
        </div>
      </div>
      <TextField
        id={`${prefix}-manifestUrl`}
        label={t.manifestUrl}
        hint={t.manifestHint}
        type="url"
        required
        value={v.manifestUrl}
        error={s.fieldErrors.manifestUrl}
        onChange={set("manifestUrl")}
      />
      {f ? null : (
        <SelectField
          id={`${prefix}-communityId`}
          label={t.communityField}
          value={v.communityId}
          error={s.fieldErrors.communityId}
          onChange={set("communityId")}
          options={[
            { value: "", label: t.noCommunity },
            ...props.communities.map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
      )}
      <CheckboxField
        id={`${prefix}-enabled`}
        label={t.enableNow}
        checked={enabled}
        onChange={setEnabled}
      />
      <FormActions submission={s} submitLabel={t.submit} onCancel={props.onCancel} />
    </form>
  );
}

/** One interface: its version in use, enable/disable, its versions with rollback. */
function SliceCard(props: {
  name: string;
  ownSlice: boolean;
  communities: { id: string; name: string }[];
  onNotice: (text: string) => void;
}) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const state = useQuery(SliceVersions, { name: props.name });
  const [setEnabled] = useMutation(SetEnabled);
  const [activate] = useMutation(Activate);
  const s = useSubmission();
  const [confirmDisable, setConfirmDisable] = useState(false);
  const [confirmVersion, setConfirmVersion] = useState<string | null>(null);
  const [registering, setRegistering] = useState(false);
  const versions = state.data?.uiSliceVersions ?? [];
  const active = versions.find((x) => x.active);
  const id = `slice-${props.name}`;

  const toggle = async (enabled: boolean) => {
    const done = await s.submit(
      async () => (await setEnabled({ name: props.name, enabled })).setUiSliceEnabled,
      { userErrors: (d) => d.userErrors },
    );
    setConfirmDisable(false);
    if (done) {
      props.onNotice(format(enabled ? t.enabledNotice : t.disabledNotice, { name: props.name }));
      state.refetch();
    }
  };
  const use = async (version: string) => {
    const done = await s.submit(
      async () => (await activate({ name: props.name, version })).activateUiSliceVersion,
      { userErrors: (d) => d.userErrors },
    );
    setConfirmVersion(null);
    if (done) {
      props.onNotice(format(t.activatedNotice, { name: props.name, version }));
      state.refetch();
    }
  };

  return (
    <section
      className="border rounded p-3 mb-4"
      aria-label={props.name}
      data-testid="slice-card"
      data-name={props.name}
    >
      <QueryView state={state} lines={3}>
        {() =>
          !versions.length ? (
            <p className="mb-0">{format(t.unknown, { name: props.name })}</p>
          ) : (
            <>
              <div className="d-flex flex-wrap align-items-center gap-2 mb-2">
                <h2 id={`${id}-title`} className="h4 mb-0">
                  {props.name}
                </h2>
                {active ? (
                  <span data-testid="slice-enabled">
                    <Badge color={active.enabled ? "success" : "danger"}>
                      {active.enabled ? t.enabled : t.disabled}
                    </Badge>
                  </span>
                ) : null}
              </div>
              <p className="mb-3">
                {active ? format(t.activeVersion, { version: active.version }) : null}
                {" · "}
                {active?.community
                  ? format(t.community, { name: active.community.name })
                  : t.platform}
              </p>
              {props.ownSlice && active?.enabled ? <p className="small">{t.disableThis}</p> : null}
              <SubmissionFeedback submission={s} />
              {active ? (
                confirmDisable ? (
                  <div role="group" aria-label={t.disable} className="mb-3">
                    <p className="mb-2">{format(t.confirmDisable, { name: props.name })}</p>
                    <div className="d-flex gap-2">
                      <Button
                        color="danger"
                        size="sm"
                        type="button"
                        disabled={s.submitting}
                        onClick={() => toggle(false)}
                      >
                        {t.confirm}
                      </Button>
                      <Button
                        color="secondary"
                        outline
                        size="sm"
                        type="button"
                        onClick={() => setConfirmDisable(false)}
                      >
                        {t.cancel}
                      </Button>
                    </div>
                  </div>
                ) : (
                  <div className="mb-3">
                    <Button
                      color={active.enabled ? "danger" : "primary"}
                      outline={active.enabled}
                      size="sm"
                      type="button"
                      disabled={s.submitting}
                      onClick={() => (active.enabled ? setConfirmDisable(true) : toggle(true))}
                    >
                      {active.enabled ? t.disable : t.enable}
                    </Button>
                  </div>
                )
              ) : null}
              <DataTable
                caption={format(t.versions, { name: props.name })}
                rows={versions}
                rowKey={(x) => x.id}
                pageSize={5}
                columns={[
                  { key: "version", header: t.version, value: (x) => x.version },
                  {
                    key: "registeredAt",
                    header: t.registeredAt,
                    value: (x) => formatDate(x.registeredAt, locale, true),
                  },
                  {
                    key: "state",
                    header: t.state,
                    value: (x) => (x.active ? t.current : t.previous),
                  },
                  {
                    key: "actions",
                    header: t.actions,
                    render: (x) =>
                      x.active ? null : confirmVersion === x.version ? (
                        <div className="d-flex gap-2">
                          <Button
                            color="primary"
                            size="sm"
                            type="button"
                            disabled={s.submitting}
                            onClick={() => use(x.version)}
                          >
                            {format(t.confirmActivate, { version: x.version })}
                          </Button>
                          <Button
                            color="secondary"
                            outline
                            size="sm"
                            type="button"
                            onClick={() => setConfirmVersion(null)}
                          >
                            {t.cancel}
                          </Button>
                        </div>
                      ) : (
                        <Button
                          color="primary"
                          outline
                          size="sm"
                          type="button"
                          aria-label={format(t.activateOf, {
                            version: x.version,
                            name: props.name,
                          })}
                          onClick={() => setConfirmVersion(x.version)}
                        >
                          {t.activate}
                        </Button>
                      ),
                  },
                ]}
              />
              <Disclosure
                id={`${id}-register`}
                label={t.registerVersion}
                open={registering}
                onOpenChange={setRegistering}
              >
                <RegisterForm
                  from={active ?? versions[0]}
                  communities={props.communities}
                  onCancel={() => setRegistering(false)}
                  onDone={(name, version) => {
                    setRegistering(false);
                    props.onNotice(format(t.registeredNotice, { name, version }));
                    state.refetch();
                  }}
                />
              </Disclosure>
            </>
          )
        }
      </QueryView>
    </section>
  );
}

/** `/amministrazione/interfacce`: the UI slices of the registry (communities subgraph). */
export function SlicesAdmin(props: { basePath: string; sliceName: string }) {
  const t = useMessages(messages);
  const state = useQuery(ActiveSlices);
  const [names, setNames] = useState<string[]>(remembered);
  const [lookup, setLookup] = useState("");
  const [registering, setRegistering] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const active = state.data?.uiSlices.map((x) => x.name) ?? [];
  const all = [...new Set([...active, ...names])].sort();
  const communities = state.data?.communities.edges.map((e) => e.node) ?? [];
  const activeKey = active.join(",");
  const namesKey = names.join(",");
  useEffect(() => {
    if (activeKey) remember([...namesKey.split(","), ...activeKey.split(",")].filter(Boolean));
  }, [activeKey, namesKey]);
  const add = (name: string) => setNames((current) => [...new Set([...current, name])]);
  return (
    <AdminPage basePath={props.basePath} title={t.title} lead={t.lead}>
      <div role="status" className={notice ? "alert alert-success" : "visually-hidden"}>
        {notice}
      </div>
      <Disclosure
        id="register-slice"
        label={t.register}
        variant="primary"
        open={registering}
        onOpenChange={setRegistering}
      >
        <RegisterForm
          communities={communities}
          onCancel={() => setRegistering(false)}
          onDone={(name, version) => {
            setRegistering(false);
            add(name);
            setNotice(format(t.registeredNotice, { name, version }));
            setRound((r) => r + 1);
          }}
        />
      </Disclosure>
      <form
        className="row align-items-end mb-3"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          const name = lookup.trim().toLowerCase();
          if (name) add(name);
          setLookup("");
        }}
      >
        <div className="col-md-6">
          <TextField
            id="slice-lookup"
            label={t.lookup}
            hint={t.lookupHint}
            type="search"
            value={lookup}
            onChange={setLookup}
          />
        </div>
        <div className="col-md-2 mb-4">
          <Button color="primary" outline type="submit">
            {t.show}
          </Button>
        </div>
      </form>
      <QueryView state={state} lines={6}>
        {() => (
          <>
            {all.map((name) => (
              <SliceCard
                key={`${name}-${round}`}
                name={name}
                ownSlice={name === props.sliceName}
                communities={communities}
                onNotice={setNotice}
              />
            ))}
          </>
        )}
      </QueryView>
    </AdminPage>
  );
}
