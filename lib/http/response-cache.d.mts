import type { IncomingMessage, ServerResponse } from "node:http";

export type Answer = { status: number; headers: [string, string | string[]][]; body: Buffer; storedAt: number };
export const connectionHeaders: ReadonlySet<string>;
export function dropAllAnswers(): void;
export function invalidationsSeen(): number;
export function encodingClass(header: string | undefined): string | null;
export function answerKey(request: {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}): string | null;
export function revalidationKey(request: {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}): string | null;
export function freshAnswer(key: string, now?: number): Answer | undefined;
export function isShareable(status: number, header: (name: string) => unknown): boolean;
export function keepAnswer(key: string, answer: Answer): boolean;
export function answerFromCache(req: IncomingMessage, res: ServerResponse, next: () => unknown): unknown;
