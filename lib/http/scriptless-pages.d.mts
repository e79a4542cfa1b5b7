import type { IncomingMessage, ServerResponse } from "node:http";

export const keptScriptAttribute: "data-scriptless-keep";
export const scriptlessHeader: "x-scriptless";
export function withoutScripts(html: string): string;
export function needsScripts(html: string): boolean;
export function scriptlessBody(body: Buffer, coding: string): Buffer | null;
export function sendScriptless(req: IncomingMessage, res: ServerResponse, next: () => unknown): unknown;
