import { GraphQLError } from "graphql";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import {
  InputError,
  NotAllowedError,
  createErrorFormatter,
  isDatabaseUnavailable,
} from "./errors.js";

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

  it("answers SERVICE_UNAVAILABLE when the database is down or too slow, never the SQL", () => {
    const sqlState = (code: string, message: string) => Object.assign(new Error(message), { code });
    const outages = [
      sqlState("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:5432"),
      new Error("Connection terminated unexpectedly"),
      new Error("Client has encountered a connection error and is not queryable"),
      sqlState("57P01", "terminating connection due to administrator command"),
      sqlState("57P03", "the database system is starting up"),
      sqlState("57014", "canceling statement due to statement timeout"),
      sqlState("25P03", "terminating connection due to idle-in-transaction timeout"),
      new AggregateError([sqlState("ECONNREFUSED", "connect ECONNREFUSED ::1:5432")], ""),
      new Error("wrapped", { cause: new Error("Connection terminated due to connection timeout") }),
    ];
    for (const outage of outages) {
      expect(isDatabaseUnavailable(outage), outage.message).toBe(true);
      const error = wrap(outage);
      expect(format({ message: error.message, path: ["field"] }, error)).toEqual({
        message: expect.stringContaining("temporarily unavailable"),
        path: ["field"],
        extensions: { code: "SERVICE_UNAVAILABLE" },
      });
    }
    for (const bug of [
      sqlState("23505", "duplicate key value violates unique constraint"),
      sqlState("42P01", 'relation "x" does not exist'),
      new TypeError("Cannot read properties of undefined"),
    ]) {
      expect(isDatabaseUnavailable(bug), bug.message).toBe(false);
    }
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
