import { describe, expect, it } from "vitest";
import { fromRequestError } from "./submission.js";

describe("a failed submit", () => {
  it("places a server-side validation error next to its field", () => {
    const error = {
      message: "x",
      errors: [
        {
          message: "Il titolo è obbligatorio",
          extensions: { code: "BAD_USER_INPUT", field: "input.title" },
        },
      ],
    };
    expect(fromRequestError(error).fieldErrors?.title).toBe("Il titolo è obbligatorio");
  });

  it("names the top-level input field of a nested path", () => {
    const error = {
      message: "x",
      errors: [
        { message: "bad url", extensions: { code: "BAD_USER_INPUT", field: "input.links.0.url" } },
      ],
    };
    expect(fromRequestError(error)).toEqual({
      fieldErrors: { "links.0.url": "bad url", links: "bad url" },
      formError: null,
    });
    const nested = {
      message: "x",
      errors: [{ message: "too short", extensions: { field: "input.declaratoria.mission" } }],
    };
    expect(Object.keys(fromRequestError(nested).fieldErrors ?? {})).toEqual([
      "declaratoria.mission",
      "declaratoria",
      "mission",
    ]);
  });

  it("reports a stale version as a conflict, not as an error message", () => {
    const error = {
      message: "stale",
      errors: [{ message: "stale", extensions: { code: "CONFLICT" } }],
    };
    expect(fromRequestError(error)).toEqual({ conflict: true });
  });

  it("says failures that are not about a field in the user's language, at form level", () => {
    const forbidden = {
      message: "FORBIDDEN",
      errors: [
        { message: "Not allowed", extensions: { code: "FORBIDDEN", field: "organizationId" } },
      ],
    };
    expect(fromRequestError(forbidden, "it")).toEqual({
      fieldErrors: {},
      formError: "Non hai i permessi per questa operazione.",
    });
    expect(fromRequestError(new Error("fetch failed"), "en")).toEqual({
      fieldErrors: {},
      formError: "Could not save: the service does not answer. Try again shortly.",
    });
    const other = { message: "x", errors: [{ message: "Odd", extensions: { code: "NOT_FOUND" } }] };
    expect(fromRequestError(other, "en")).toEqual({ fieldErrors: {}, formError: "Odd" });
  });
});
