import type { IncomingMessage, ServerResponse } from "node:http";

export function createDoor(limits: {
  running: number;
  waiting: number;
  maxWaitMs: number;
  busy: "reload" | "resend";
}): {
  enter(req: IncomingMessage, res: ServerResponse, work: () => unknown): unknown;
  counts(): { inside: number; waiting: number };
};
