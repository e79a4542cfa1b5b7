import "server-only";
import { after } from "next/server";

/**
 * Runs `task` after the response has been sent, so how long the answer takes cannot tell what the
 * task found (whether an address is registered, say). Outside a request (scripts, tests) it runs at once.
 */
export async function afterAnswer(task: () => Promise<void>): Promise<void> {
  try {
    after(task);
  } catch (error) {
    if (!(error instanceof Error) || !/outside a request scope/.test(error.message)) throw error;
    await task();
  }
}
