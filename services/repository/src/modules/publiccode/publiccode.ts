import { LineCounter, parseDocument, type Document } from "yaml";
import type { SoftwareValue } from "../../db/tables.js";
import { normalizeLicense } from "../licenses.js";
import {
  DEVELOPMENT_STATUSES,
  MAINTENANCE_TYPES,
  PUBLICCODE_CATEGORIES,
  SOFTWARE_TYPES,
} from "./vocabulary.js";

/** Largest publiccode.yml accepted (bytes of UTF-8). */
export const MAX_PUBLICCODE_BYTES = 100 * 1024;

export interface Problem {
  path: string;
  message: string;
  line: number | null;
}

/** What a valid file becomes: the fields of a draft resource. */
export interface MappedPubliccode {
  title: string;
  summary: string;
  body: string;
  topics: string[];
  tags: string[];
  license: string;
  year: number;
  software: SoftwareValue;
}

/** publiccode.yml categories that say which topic of our vocabulary a solution is about. */
const TOPIC_OF_CATEGORY: Record<string, string> = {
  "video-conferencing": "lavoro-agile",
  "web-conferencing": "lavoro-agile",
  "remote-support": "lavoro-agile",
  collaboration: "lavoro-agile",
  "project-collaboration": "lavoro-agile",
  "web-collaboration": "lavoro-agile",
  "instant-messaging": "lavoro-agile",
  "it-security": "sicurezza",
  "cloud-management": "cloud",
  "data-analytics": "dati",
  "data-collection": "dati",
  "data-visualization": "dati",
  "document-management": "documenti",
  "e-signature": "documenti",
  "identity-management": "identita-digitale",
  "payment-gateway": "pagamenti",
  "mobile-payment": "pagamenti",
  "learning-management-system": "formazione",
  "educational-content": "formazione",
  communications: "comunicazione",
  "social-media-management": "comunicazione",
  "network-management": "reti",
};

const SUPPORTED_VERSION = /^0\.(2|3|4)(\.\d+)?$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

type Path = (string | number)[];
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : null;
const dotted = (path: Path) =>
  path.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    "",
  );

function httpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * Parses and validates a publiccode.yml (v0.2 to v0.4): the keys the standard makes mandatory,
 * the controlled lists, and the limits of a resource. Returns every problem found, each with
 * the dotted path of its key, or the mapped draft when there is none. Never throws on input.
 */
export function parsePubliccode(source: string): {
  problems: Problem[];
  mapped: MappedPubliccode | null;
} {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
  });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        path: "",
        message: error.message,
        line: error.linePos?.[0]?.line ?? null,
      })),
      mapped: null,
    };
  }
  let data: unknown;
  try {
    // Alias expansion is bounded (billion laughs): yaml throws past maxAliasCount.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return {
      problems: [{ path: "", message: (error as Error).message, line: null }],
      mapped: null,
    };
  }

  const problems: Problem[] = [];
  const problem = (path: Path, message: string) => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0];
    problems.push({
      path: dotted(path),
      message,
      line: offset === undefined ? null : lineCounter.linePos(offset).line,
    });
  };

  if (!isObject(data)) {
    return {
      problems: [
        { path: "", message: "The file must be a YAML mapping of publiccode.yml keys", line: 1 },
      ],
      mapped: null,
    };
  }

  const requireText = (path: Path, value: unknown, max?: number): string | null => {
    const result = text(value);
    if (result === null) problem(path, `${dotted(path)} is required`);
    else if (max !== undefined && result.length > max) {
      problem(path, `${dotted(path)} is longer than ${max} characters`);
    }
    return result;
  };
  const requireList = (path: Path, value: unknown): string[] => {
    if (!Array.isArray(value) || value.length === 0) {
      problem(path, `${dotted(path)} must be a non-empty list`);
      return [];
    }
    const out: string[] = [];
    value.forEach((item, index) => {
      const item_ = text(item);
      if (item_ === null) problem([...path, index], "must be a non-empty string");
      else out.push(item_);
    });
    return out;
  };

  const version = data.publiccodeYmlVersion;
  const versionText = typeof version === "number" ? String(version) : text(version);
  if (versionText === null) problem(["publiccodeYmlVersion"], "publiccodeYmlVersion is required");
  else if (!SUPPORTED_VERSION.test(versionText)) {
    problem(["publiccodeYmlVersion"], `Version ${versionText} is not supported (0.2 to 0.4)`);
  }

  const name = requireText(["name"], data.name, 200);
  const url = requireText(["url"], data.url, 2000);
  if (url !== null && !httpsUrl(url)) problem(["url"], "url must be an https URL");

  requireList(["platforms"], data.platforms);
  const categories = requireList(["categories"], data.categories);
  categories.forEach((category, index) => {
    if (!PUBLICCODE_CATEGORIES.includes(category)) {
      problem(["categories", index], `"${category}" is not in the publiccode.yml categories list`);
    }
  });

  const developmentStatus = requireText(["developmentStatus"], data.developmentStatus);
  if (
    developmentStatus !== null &&
    !(DEVELOPMENT_STATUSES as readonly string[]).includes(developmentStatus)
  ) {
    problem(["developmentStatus"], `Must be one of ${DEVELOPMENT_STATUSES.join(", ")}`);
  }
  const softwareType = requireText(["softwareType"], data.softwareType);
  if (softwareType !== null && !SOFTWARE_TYPES.includes(softwareType)) {
    problem(["softwareType"], `Must be one of ${SOFTWARE_TYPES.join(", ")}`);
  }

  // description: at least one language with shortDescription, longDescription and features.
  const descriptions = isObject(data.description) ? data.description : null;
  const languages = descriptions ? Object.keys(descriptions) : [];
  let chosen: { short: string; long: string } | null = null;
  if (!descriptions || languages.length === 0) {
    problem(["description"], "description must hold at least one language (e.g. it)");
  } else {
    const preferred = ["it", "en", ...languages.filter((l) => l !== "it" && l !== "en")];
    const complete: Record<string, { short: string; long: string }> = {};
    for (const language of languages) {
      const entry = descriptions[language];
      const base: Path = ["description", language];
      if (!LANGUAGE.test(language)) problem(base, `"${language}" is not a language code`);
      if (!isObject(entry)) {
        problem(base, "must be a mapping with shortDescription, longDescription and features");
        continue;
      }
      const short = requireText([...base, "shortDescription"], entry.shortDescription, 1000);
      const long = requireText([...base, "longDescription"], entry.longDescription, 50_000);
      const features = requireList([...base, "features"], entry.features);
      if (short && long && features.length > 0) complete[language] = { short, long };
    }
    const language = preferred.find((l) => complete[l]);
    chosen = language ? (complete[language] ?? null) : null;
  }

  const legal = isObject(data.legal) ? data.legal : {};
  const licenseText = requireText(["legal", "license"], legal.license);
  const license = licenseText === null ? null : normalizeLicense(licenseText);
  if (licenseText !== null && license === null) {
    problem(
      ["legal", "license"],
      `"${licenseText}" is not an SPDX license identifier or expression`,
    );
  }

  const maintenance = isObject(data.maintenance) ? data.maintenance : {};
  const maintenanceType = requireText(["maintenance", "type"], maintenance.type);
  if (
    maintenanceType !== null &&
    !(MAINTENANCE_TYPES as readonly string[]).includes(maintenanceType)
  ) {
    problem(["maintenance", "type"], `Must be one of ${MAINTENANCE_TYPES.join(", ")}`);
  }
  const contacts: { name: string; email: string | null }[] = [];
  if (Array.isArray(maintenance.contacts)) {
    maintenance.contacts.forEach((contact, index) => {
      const contactName = isObject(contact) ? text(contact.name) : null;
      if (contactName === null) {
        problem(["maintenance", "contacts", index, "name"], "A contact needs a name");
      } else {
        const email = isObject(contact) ? text(contact.email) : null;
        contacts.push({ name: contactName.slice(0, 200), email: email?.slice(0, 254) ?? null });
      }
    });
  }
  if (
    (maintenanceType === "internal" || maintenanceType === "community") &&
    contacts.length === 0
  ) {
    problem(
      ["maintenance", "contacts"],
      `maintenance.contacts is required when type is ${maintenanceType}`,
    );
  }
  if (
    maintenanceType === "contract" &&
    (!Array.isArray(maintenance.contractors) || maintenance.contractors.length === 0)
  ) {
    problem(
      ["maintenance", "contractors"],
      "maintenance.contractors is required when type is contract",
    );
  }

  const localisation = isObject(data.localisation) ? data.localisation : {};
  if (typeof localisation.localisationReady !== "boolean") {
    problem(
      ["localisation", "localisationReady"],
      "localisation.localisationReady must be true or false",
    );
  }
  const availableLanguages = requireList(
    ["localisation", "availableLanguages"],
    localisation.availableLanguages,
  );

  const usedBy = Array.isArray(data.usedBy)
    ? data.usedBy
        .map(text)
        .filter((v): v is string => v !== null)
        .slice(0, 100)
    : [];
  const platforms = Array.isArray(data.platforms)
    ? data.platforms
        .map(text)
        .filter((v): v is string => v !== null)
        .slice(0, 20)
    : [];
  const organisation = isObject(data.organisation) ? data.organisation : {};
  const it = isObject(data.it) ? data.it : {};
  const riuso = isObject(it.riuso) ? it.riuso : {};
  const ipa = text(riuso.codiceIPA);
  const organisationUri = text(organisation.uri) ?? (ipa ? `urn:x-italian-pa:${ipa}` : null);
  const releaseYear = /^(\d{4})-\d{2}-\d{2}$/.exec(String(data.releaseDate ?? ""))?.[1];

  if (problems.length > 0 || !chosen || !name || !url || !license) {
    return { problems, mapped: null };
  }
  const topics = [
    ...new Set(categories.map((c) => TOPIC_OF_CATEGORY[c]).filter((t): t is string => !!t)),
  ];
  return {
    problems: [],
    mapped: {
      title: name,
      summary: chosen.short,
      body: chosen.long,
      topics,
      tags: ["publiccode.yml"],
      license,
      year: releaseYear ? Number(releaseYear) : new Date().getFullYear(),
      software: {
        repositoryUrl: url,
        categories,
        developmentStatus,
        softwareType,
        platforms,
        usedBy,
        maintenanceType,
        contacts: contacts.slice(0, 10),
        organisationUri: organisationUri?.slice(0, 200) ?? null,
        availableLanguages: availableLanguages.slice(0, 30),
      },
    },
  };
}
