import "server-only";
import { handlers } from "./auth.server";

export const { GET, POST } = handlers;
