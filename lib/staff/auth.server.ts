import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "../env.server";
import { ipFromHeaders } from "../security/client-ip.server";
import { checkCredentials } from "./credentials.server";

class InvalidLogin extends CredentialsSignin {
  code = "invalid";
}
class LockedLogin extends CredentialsSignin {
  code = "locked";
}

export const sessionMaxAgeSeconds = 8 * 3600;

// Auth.js (next-auth v5) with email + password; sessions are encrypted JWT cookies that expire after
// 8 hours of inactivity. Every request re-reads the account (see session.server.ts), so disabling an
// account or "sign out everywhere" (sessionVersion + 1) ends its sessions at once.
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  // Auth.js builds its absolute URLs (the redirect after sign-in and sign-out) from AUTH_URL, else
  // from the request's Host and X-Forwarded-Proto, which behind a TLS proxy give http://localhost.
  process.env.AUTH_URL = env().SITE_URL;
  return config();
});

function config() {
  return {
    secret: env().AUTH_SECRET,
    trustHost: true,
    useSecureCookies: env().SITE_URL.startsWith("https://"),
    session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds, updateAge: 15 * 60 },
    pages: { signIn: "/admin/sign-in", error: "/admin/sign-in" },
    // A failed sign-in is an expected answer, not a server error worth a stack trace.
    logger: {
      error(error: Error) {
        if (error instanceof CredentialsSignin) return;
        console.error("[auth]", error);
      },
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {}, code: {} },
        async authorize(credentials, request) {
          const result = await checkCredentials({
            email: credentials.email,
            password: credentials.password,
            code: credentials.code,
            ip: ipFromHeaders(request.headers),
          });
          if (!result.ok) throw result.reason === "locked" ? new LockedLogin() : new InvalidLogin();
          return {
            id: result.staff.id,
            email: result.staff.email,
            name: result.staff.name,
            sv: result.staff.sessionVersion,
          };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sv = (user as { sv?: number }).sv ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, staffId: token.sub, sessionVersion: token.sv };
      },
    },
  } satisfies NextAuthConfig;
}
