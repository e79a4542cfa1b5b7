import "server-only";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { addressChain, addressChainHeader } from "./address-chain";

let installed = false;

/**
 * Records, on every HTTP request this process receives, the X-Forwarded-For entries followed by the
 * socket's peer address in a header of our own (overwriting any copy the client sent). Node publishes
 * "http.server.request.start" before the server's request handler (Next.js) runs.
 */
export function recordSocketPeers() {
  if (installed) return;
  installed = true;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[addressChainHeader] = addressChain(request.headers["x-forwarded-for"], socket.remoteAddress);
  });
}
