import { GraphQLError } from "graphql";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { InputError, NotAllowedError, createErrorFormatter } from "./errors.js";

const format = createErrorFormatter(pino({ level: "silent" }));
const wrap = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ["field"] });

describe("error formatter", () => {
  it("maps domain errors to their code and field", () => {
    const error = wrap(new InputError("Invalid cursor", "after"));
    expect(format({ message: error.message, path: ["field"] }, error)).toEqual({
      message: "Invalid cursor",
      path: ["field"],
      extensions: { code: "BAD_USER_INPUT", field: "after" },
    });
    const forbidden = wrap(new NotAllowedError("no"));
    expect(format({ message: "no" }, forbidden).extensions).toEqual({ code: "FORBIDDEN" });
  });

  it("hides unexpected errors: no SQL, no stack", () => {
    const error = wrap(new Error('relation "people.person" does not exist'));
    const formatted = format(
      {
        message: error.message,
        path: ["field"],
        extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x"] },
      },
      error,
    );
    expect(formatted).toEqual({
      message: "Internal server error",
      path: ["field"],
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });

  it("keeps known codes but drops undocumented extensions", () => {
    const error = new GraphQLError("Unauthorized", { extensions: { code: "UNAUTHENTICATED" } });
    const formatted = format(
      {
        message: "Unauthorized",
        extensions: {
          code: "UNAUTHENTICATED",
          response: { url: "http://10.0.0.5:4004" },
          serviceName: "people",
        },
      },
      error,
    );
    expect(formatted.extensions).toEqual({ code: "UNAUTHENTICATED", serviceName: "people" });
  });
});
