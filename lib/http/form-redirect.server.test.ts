import { describe, expect, it } from "vitest";
import { redirectAfterForm } from "./form-redirect.server";

const post = (body: BodyInit, type: string) =>
  new Request("http://localhost:3000/api/confirm", { method: "POST", body, headers: { "content-type": type } });

describe("redirectAfterForm", () => {
  it("reads a browser's form and answers 303 to the page the answer names, on SITE_URL", async () => {
    let seen: Record<string, FormDataEntryValue> = {};
    const response = await redirectAfterForm(
      post("token=abc&locale=fr&subscribe=1", "application/x-www-form-urlencoded"),
      async (form) => {
        seen = Object.fromEntries(form);
        return "/fr/endorse/confirm?done=x";
      },
    );
    expect(seen).toEqual({ token: "abc", locale: "fr", subscribe: "1" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(
      `${process.env.SITE_URL ?? "http://localhost:3000"}/fr/endorse/confirm?done=x`,
    );
  });

  it("reads a body that is not a form, or is too big, as an empty form: a 303, never a 5xx", async () => {
    for (const [body, type] of [
      ["--broken\r\nnot a part", "multipart/form-data; boundary=nothing"],
      ['{"token":"abc"}', "application/json"],
      [`token=${"a".repeat(9000)}`, "application/x-www-form-urlencoded"],
    ]) {
      let fields = -1;
      const response = await redirectAfterForm(post(body, type), async (form) => {
        fields = [...form.keys()].length;
        return "/en/endorse/confirm?invalid=1";
      });
      expect(fields).toBe(0);
      expect(response.status).toBe(303);
    }
  });
});
