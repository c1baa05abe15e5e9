import type { ModuleFederationRuntimePlugin } from "@module-federation/enhanced/runtime";

const ATTEMPTS = 3;
const BASE_DELAY_MS = 250;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Retries a slice's manifest fetch and remote entry a few times with a short backoff: a slice
 * restarting during a deployment should not leave the user with a fallback. After the last
 * attempt the error goes on to the error plugin and the slice's error boundary.
 */
export default function retryPlugin(): ModuleFederationRuntimePlugin {
  return {
    name: "comtem-retry-plugin",
    async fetch(url, init) {
      let lastError: unknown;
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        try {
          const response = await fetch(url, init);
          if (response.ok || response.status < 500) return response;
          lastError = new Error(`${url} answered ${response.status}`);
        } catch (error) {
          lastError = error;
        }
        if (attempt < ATTEMPTS - 1) await wait(BASE_DELAY_MS * 2 ** attempt);
      }
      throw lastError instanceof Error ? lastError : new Error(String(lastError));
    },
    loadEntryError({
      getRemoteEntry,
      origin,
      remoteInfo,
      remoteEntryExports,
      globalLoading,
      uniqueKey,
    }) {
      // One more try of the script itself, without the cached failed promise.
      delete globalLoading[uniqueKey];
      const retried = wait(BASE_DELAY_MS)
        .then(() => getRemoteEntry({ origin, remoteInfo, remoteEntryExports }))
        .then((entry) => entry || undefined);
      // The hook is typed as a promise of a promise; promises flatten at run time.
      return retried as never;
    },
  };
}
