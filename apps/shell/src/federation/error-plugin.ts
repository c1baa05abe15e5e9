import type { ModuleFederationRuntimePlugin } from "@module-federation/enhanced/runtime";

/** What the shell knows about a slice that failed to load (read by its fallback and by tests). */
export interface SliceLoadFailure {
  id: string;
  lifecycle: string;
  message: string;
  at: string;
}

declare global {
  interface Window {
    __COMTEM_SLICE_FAILURES__?: SliceLoadFailure[];
  }
}

/**
 * `errorLoadRemote`: records why a slice could not be loaded (manifest down, entry broken, module
 * missing) and lets the error go on, so that the slice's own error boundary shows its fallback
 * with a retry while the rest of the shell keeps working. No fallback module is invented here:
 * a slice that is down must look down, not empty.
 */
export default function errorPlugin(): ModuleFederationRuntimePlugin {
  return {
    name: "comtem-error-plugin",
    errorLoadRemote(args) {
      const failure: SliceLoadFailure = {
        id: String(args.id),
        lifecycle: String(args.lifecycle),
        message: args.error instanceof Error ? args.error.message : String(args.error),
        at: new Date().toISOString(),
      };
      (window.__COMTEM_SLICE_FAILURES__ ??= []).push(failure);
      console.warn("[comtem] slice failed to load", failure);
      return undefined;
    },
  };
}
