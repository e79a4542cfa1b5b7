// Runs once when the server starts: housekeeping that must happen in the process that owns the
// embedded database (see docs/decisions/001). With PostgreSQL every instance runs it; it is idempotent.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { recordSocketPeers } = await import("./lib/security/socket-peer.server");
  recordSocketPeers();
  const { passStoredEncodings } = await import("./lib/http/stored-encoding.server");
  passStoredEncodings();
  const { offerDirectRoutes } = await import("./lib/http/direct-routes.server");
  offerDirectRoutes();
  const { checkProductionSafety } = await import("./lib/production-safety.server");
  await checkProductionSafety();
  const { checkDataKey } = await import("./lib/crypto/stored-data.server");
  await checkDataKey();
  const { startHousekeeping } = await import("./lib/housekeeping.server");
  startHousekeeping();
}
