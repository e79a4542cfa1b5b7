import type { IncomingMessage } from "node:http";

export function createSelfRequest(
  port: number,
  hostname: string | undefined,
): { origin: string; header: [string, string]; isSelf(req: IncomingMessage): boolean };
export const formStateHeader: "x-ale-form-state";
