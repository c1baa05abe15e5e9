import type { Migrations } from "@comtem/service-kit";
import * as m0001 from "./0001_people.js";
import * as m0002 from "./0002_api_keys.js";
import * as m0003 from "./0003_external_identity.js";
import * as m0004 from "./0004_person_fiscal_code.js";
import * as m0005 from "./0005_access_request.js";

/** Versioned migrations, applied in name order at start. Never edit one that has shipped. */
export const migrations: Migrations = {
  "0001_people": m0001,
  "0002_api_keys": m0002,
  "0003_external_identity": m0003,
  "0004_person_fiscal_code": m0004,
  "0005_access_request": m0005,
};
