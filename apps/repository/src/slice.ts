/** The name this slice is registered with (`registerUiSlice`) and mounted under in the shell. */
export const SLICE_NAME = "repository";
