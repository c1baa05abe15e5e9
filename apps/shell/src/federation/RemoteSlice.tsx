import { Button, ErrorState, LoadingSkeleton, useMessages, type Messages } from "@comtem/ui";
import { loadRemote, registerRemotes } from "@module-federation/enhanced/runtime";
import {
  Component,
  lazy,
  Suspense,
  useMemo,
  useState,
  type ComponentType,
  type ReactNode,
} from "react";
import type { RegisteredSlice } from "./registry";

/** What every slice's exposed `./App` receives. */
export interface SliceProps {
  basePath: string;
  sliceName: string;
}

const messages: Messages<"down" | "downDetail" | "retry"> = {
  it: {
    down: "Questa sezione non è disponibile in questo momento.",
    downDetail: "Il resto del portale funziona normalmente. Puoi riprovare tra poco.",
    retry: "Riprova",
  },
  en: {
    down: "This section is not available right now.",
    downDetail: "The rest of the portal works normally. You can try again shortly.",
    retry: "Try again",
  },
};

const registered = new Set<string>();

/** Registers the remote (once per page load) and loads its exposed module. */
async function loadSlice(
  slice: RegisteredSlice,
  attempt: number,
): Promise<{ default: ComponentType<SliceProps> }> {
  const key = `${slice.remoteName}@${slice.manifestUrl}`;
  if (!registered.has(key) || attempt > 0) {
    // force: a retry must not reuse a remote whose entry failed.
    registerRemotes([{ name: slice.remoteName, entry: slice.manifestUrl }], { force: attempt > 0 });
    registered.add(key);
  }
  const id = `${slice.remoteName}/${slice.exposedModule.replace(/^\.\//, "")}`;
  const module = await loadRemote<{ default: ComponentType<SliceProps> }>(id);
  if (!module || typeof module.default !== "function") {
    throw new Error(`${id} has no default export`);
  }
  return module;
}

function Fallback(props: { sliceName: string; error: unknown; onRetry: () => void }) {
  const t = useMessages(messages);
  return (
    <div className="container py-4" data-slice-fallback={props.sliceName}>
      <ErrorState title={t.down} onRetry={undefined} />
      <p>{t.downDetail}</p>
      <Button color="primary" onClick={props.onRetry}>
        {t.retry}
      </Button>
    </div>
  );
}

class SliceErrorBoundary extends Component<
  { sliceName: string; onRetry: () => void; children?: ReactNode },
  { error: unknown }
> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown) {
    console.error(`[comtem] slice "${this.props.sliceName}" failed`, error);
  }

  override render() {
    if (this.state.error) {
      return (
        <Fallback
          sliceName={this.props.sliceName}
          error={this.state.error}
          onRetry={() => {
            this.setState({ error: null });
            this.props.onRetry();
          }}
        />
      );
    }
    return this.props.children;
  }
}

/**
 * One slice in its own area: loaded at run time from its manifest, isolated by an error
 * boundary (load failure or render error → fallback with retry; the rest of the shell works).
 */
export function RemoteSlice(props: { slice: RegisteredSlice; basePath: string }) {
  const { slice } = props;
  const [attempt, setAttempt] = useState(0);
  const Lazy = useMemo(() => lazy(() => loadSlice(slice, attempt)), [slice, attempt]);
  return (
    <div data-slice={slice.name} data-slice-version={slice.version}>
      <SliceErrorBoundary
        key={attempt}
        sliceName={slice.name}
        onRetry={() => setAttempt((a) => a + 1)}
      >
        <Suspense
          fallback={
            <div className="container py-4">
              <LoadingSkeleton lines={5} />
            </div>
          }
        >
          <Lazy basePath={props.basePath} sliceName={slice.name} />
        </Suspense>
      </SliceErrorBoundary>
    </div>
  );
}
