/**
 * The contract between the shell and a slice's exposed `./App` (its default export):
 * the slice is mounted under `basePath` (`/<slice name>`) inside the shell's router, and gets
 * the client (token) and the language from the shell's providers, which are shared singletons.
 */
export interface SliceProps {
  /** Where the slice is mounted, e.g. "/communities"; links inside the slice start with it. */
  basePath: string;
  sliceName: string;
}
