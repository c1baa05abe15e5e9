/** The languages of the interface: Italian first, English complete. */
export type Locale = "it" | "en";
export const LOCALES: Locale[] = ["it", "en"];
