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
    expect(fromRequestError(error)).toEqual({
      fieldErrors: { title: "Il titolo è obbligatorio" },
      formError: null,
    });
  });

  it("names the top-level input field of a nested path", () => {
    const error = {
      message: "x",
      errors: [
        { message: "bad url", extensions: { code: "BAD_USER_INPUT", field: "input.links.0.url" } },
      ],
    };
    expect(fromRequestError(error)).toEqual({ fieldErrors: { links: "bad url" }, formError: null });
  });

  it("reports a stale version as a conflict, not as an error message", () => {
    const error = {
      message: "stale",
      errors: [{ message: "stale", extensions: { code: "CONFLICT" } }],
    };
    expect(fromRequestError(error)).toEqual({ conflict: true });
  });

  it("keeps a failure without a field (or without a response) at form level", () => {
    expect(
      fromRequestError({
        message: "FORBIDDEN",
        errors: [{ message: "Not allowed", extensions: { code: "FORBIDDEN" } }],
      }),
    ).toEqual({
      fieldErrors: {},
      formError: "Not allowed",
    });
    expect(fromRequestError(new Error("The service cannot be reached"))).toEqual({
      fieldErrors: {},
      formError: "The service cannot be reached",
    });
  });
});
