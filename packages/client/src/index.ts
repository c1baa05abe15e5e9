export {
  createClient,
  GraphQLRequestError,
  type ClientOptions,
  type GraphQLClient,
  type GraphQLErrorShape,
  type RequestOptions,
  type TypedDocument,
} from "./client.js";
export {
  ClientProvider,
  useClient,
  useMutation,
  useQuery,
  type MutationState,
  type QueryState,
} from "./react.js";
