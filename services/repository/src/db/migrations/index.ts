import type { Migrations } from "@comtem/service-kit";
import * as m0001 from "./0001_repository.js";

/** Versioned migrations, applied in name order at start. Never edit one that has shipped. */
export const migrations: Migrations = {
  "0001_repository": m0001,
};
