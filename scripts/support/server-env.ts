// The environment `npm start` gives the server it starts (scripts/start.ts).

/**
 * The caller's environment, plus: scrypt (staff sign-in) and sharp (logos) share libuv's thread
 * pool, so with more threads than the images processed at once (lib/media/images.server.ts)
 * sign-in never waits behind a logo; two malloc arenas instead of one per thread do the same work
 * in less memory (decision 034); and, unless set, SITE_URL is this port on localhost. Links,
 * redirects and the CSP's form-action follow SITE_URL: the default of http://localhost:3000 would
 * send a quick start on another port to a port nothing listens on.
 */
export function serverEnv(port: string, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    UV_THREADPOOL_SIZE: "8",
    MALLOC_ARENA_MAX: "2",
    ...base,
    SITE_URL: base.SITE_URL || `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
}
