import type { IncomingMessage, ServerResponse } from "node:http";

export function answerDirectly(req: IncomingMessage, res: ServerResponse, otherwise: () => unknown): Promise<unknown>;
