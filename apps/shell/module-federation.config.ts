import { shellFederation } from "@comtem/mf-config";

/** The host: remotes come from the registry at run time; the runtime plugins live in their own files. */
export default shellFederation([
  "./src/federation/retry-plugin.ts",
  "./src/federation/error-plugin.ts",
]);
