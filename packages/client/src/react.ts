import {
  createContext,
  createElement,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from "react";
import type { GraphQLClient, TypedDocument } from "./client.js";

const ClientContext = createContext<GraphQLClient | null>(null);

/**
 * Provides the client to the shell and every slice. `@comtem/client` is a Module Federation
 * singleton, so a slice inside the shell sees the shell's provider (and so the caller's token).
 */
export function ClientProvider(props: { client: GraphQLClient; children?: ReactNode }) {
  return createElement(ClientContext.Provider, { value: props.client }, props.children);
}

export function useClient(): GraphQLClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error("useClient outside <ClientProvider>");
  return client;
}

export interface QueryState<TResult> {
  data: TResult | undefined;
  error: Error | undefined;
  loading: boolean;
  refetch: () => void;
}

/**
 * Runs a query when mounted and whenever the variables, the client (a new token) or `skip`
 * change; aborts the previous request. Variables are compared by their JSON.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables?: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TResult> {
  const client = useClient();
  const [state, setState] = useState<{ data?: TResult; error?: Error; loading: boolean }>({
    loading: !options.skip,
  });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(variables ?? {});
  const skip = options.skip ?? false;
  useEffect(() => {
    if (skip) {
      setState({ loading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true }));
    client.request(document, JSON.parse(key) as TVariables, { signal: controller.signal }).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, loading: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState({
            error: error instanceof Error ? error : new Error(String(error)),
            loading: false,
          });
        }
      },
    );
    return () => controller.abort();
  }, [client, document, key, skip, generation]);
  const refetch = useCallback(() => setGeneration((g) => g + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, refetch };
}

export interface MutationState<TResult> {
  data: TResult | undefined;
  error: Error | undefined;
  loading: boolean;
}

/** `const [run, state] = useMutation(doc)`; `run(variables)` resolves with the data. */
export function useMutation<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
): [(variables: TVariables) => Promise<TResult>, MutationState<TResult>] {
  const client = useClient();
  const [state, setState] = useState<MutationState<TResult>>({
    data: undefined,
    error: undefined,
    loading: false,
  });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(
    async (variables: TVariables) => {
      setState({ data: undefined, error: undefined, loading: true });
      try {
        const data = await client.request(document, variables);
        if (mounted.current) setState({ data, error: undefined, loading: false });
        return data;
      } catch (error) {
        const e = error instanceof Error ? error : new Error(String(error));
        if (mounted.current) setState({ data: undefined, error: e, loading: false });
        throw e;
      }
    },
    [client, document],
  );
  return [run, state];
}
