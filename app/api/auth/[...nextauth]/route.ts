export { GET, POST } from "@/lib/staff/auth-handlers.server";
