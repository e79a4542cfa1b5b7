// @ts-check
// How the app asks this instance for one of its own pages (lib/http/page-shell.server.ts): past the
// door, which may be full of the very requests waiting for that page. The secret never leaves the
// instance. Plain JavaScript because scripts/server.mjs loads it before Next.js.

import { randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Names the endorsement form's state in the instance's own request for the form page
 * (lib/endorsements/form-handoff.ts). Only the instance's own requests may carry it:
 * scripts/server.mjs removes it from every other.
 */
export const formStateHeader = "x-ale-form-state";

/**
 * The instance's own address and a secret header made at start, and the check that a request
 * carries it.
 * @param {number} port
 * @param {string | undefined} hostname what the server listens on
 */
export function createSelfRequest(port, hostname) {
  const header = /** @type {[string, string]} */ (["x-we-are-ale-self", randomBytes(24).toString("base64url")]);
  const secret = Buffer.from(header[1]);
  const host = !hostname || hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
  return {
    origin: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    header,
    /** @param {import("node:http").IncomingMessage} req */
    isSelf(req) {
      const sent = req.headers[header[0]];
      if (req.method !== "GET" || typeof sent !== "string") return false;
      // Compared in constant time; bytes, not characters: a header may carry any Latin-1 text.
      const bytes = Buffer.from(sent);
      return bytes.length === secret.length && timingSafeEqual(bytes, secret);
    },
  };
}
