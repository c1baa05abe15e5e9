import { GraphQLScalarType } from "graphql";
import { DateTimeISOResolver } from "graphql-scalars";

/**
 * An instant as an RFC 3339 string. Output is always UTC (`2020-03-30T08:00:00.000Z`); input
 * must carry an offset (`2020-03-30T10:00:00+02:00` or `...Z`).
 */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeISOResolver.toConfig(),
  name: "DateTime",
  description:
    "An instant, RFC 3339 with an offset. Returned in UTC, e.g. 2020-03-30T08:00:00.000Z.",
});
