/** Text limits shared by every input of this subgraph. */
export const TITLE_MAX = 200;
export const BODY_MAX = 10_000;
export const SHORT_TEXT_MAX = 2_000;
export const NAME_MAX = 200;
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const TOPIC = /^[a-z0-9]+(-[a-z0-9]+)*$/;
