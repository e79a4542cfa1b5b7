import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { signIn } from "./support/admin";

// Every staff entry point is discovered from the file system and the build, never from a hand
// list: pages and route handlers under app/admin, server actions in lib/**/admin-actions.ts (and
// their ids from the production build's manifest). Each must turn away an anonymous visitor, and
// those that declare requireStaff("ADMIN") / staffAction("ADMIN") must turn away a moderator.

type Role = "ADMIN" | "MODERATOR";
const root = process.cwd();

function filesUnder(dir: string, name: RegExp): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return entry === "generated" ? [] : filesUnder(full, name);
    return name.test(entry) ? [full] : [];
  });
}

function urlOf(file: string) {
  const route = path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep);
  // A made-up id: the role check must come before the record is looked up.
  return `/${route.map((part) => (part.startsWith("[") ? "cx0000000000000000000000" : part)).join("/")}`;
}

function declaredRole(source: string): Role | null {
  const match = /requireStaff\("(ADMIN|MODERATOR)"/.exec(source);
  return match ? (match[1] as Role) : null;
}

const entryFiles = filesUnder(path.join(root, "app/admin"), /^(page|route)\.tsx?$/);
const publicPages = new Set(["/admin/sign-in"]); // the only staff page open to anyone
const entries = entryFiles.map((file) => ({
  url: urlOf(file),
  kind: file.endsWith(".tsx") ? ("page" as const) : ("route" as const),
  role: declaredRole(readFileSync(file, "utf8")),
}));

type Action = { id: string; file: string; name: string; role: Role; page: string };
function discoverActions(): Action[] {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  const actionFiles = filesUnder(path.join(root, "lib"), /^admin-actions\.ts$/);
  return actionFiles.flatMap((file) => {
    const source = readFileSync(file, "utf8");
    const relative = path.relative(root, file);
    const exported = [...source.matchAll(/^export (?:async )?(?:const|function) (\w+)/gm)].map((m) => m[1]);
    return exported.map((name) => {
      const role = new RegExp(`export const ${name} = staffAction\\(\\s*"(ADMIN|MODERATOR)"`).exec(source)?.[1] as Role;
      const entry = Object.entries(manifest.node).find(([, v]) => v.filename === relative && v.exportedName === name);
      const worker = entry ? Object.keys(entry[1].workers).find((w) => w.startsWith("app/admin/")) : undefined;
      return { id: entry?.[0] ?? "", file: relative, name, role, page: worker ? urlOf(path.join(root, worker)) : "" };
    });
  });
}

async function callAction(request: APIRequestContext, action: Action) {
  return request.post(action.page, {
    headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
    maxRedirects: 0,
  });
}

test("the discovery finds the staff area", () => {
  expect(entries.length).toBeGreaterThan(15);
  const actions = discoverActions();
  expect(actions.length).toBeGreaterThan(15);
  for (const action of actions) {
    expect(action.role, `${action.file} ${action.name} must be wrapped by staffAction("ROLE", …)`).toBeTruthy();
    expect(action.id, `${action.file} ${action.name} is not in the build (unused?)`).toBeTruthy();
  }
  for (const entry of entries) {
    if (publicPages.has(entry.url)) continue;
    expect(entry.role, `${entry.url} must call requireStaff("ROLE") first`).toBeTruthy();
  }
});

test("every admin page and route handler sends an anonymous visitor to sign in", async ({ request }) => {
  for (const entry of entries.filter((e) => !publicPages.has(e.url))) {
    const response = await request.get(entry.url, { maxRedirects: 0 });
    expect(response.status(), entry.url).toBe(307);
    expect(response.headers().location, entry.url).toMatch(/\/admin\/sign-in$/);
  }
});

test("every admin server action refuses an anonymous caller before doing anything", async ({ request }) => {
  for (const action of discoverActions()) {
    const response = await callAction(request, action);
    expect(response.status(), `${action.name}`).toBeLessThan(500);
    expect(response.headers()["x-action-redirect"], `${action.name}`).toMatch(/^\/admin\/sign-in/);
  }
});

test("a moderator is refused every admin-only page, route handler and action, and allowed the rest", async ({
  page,
}) => {
  await signIn(page, "moderator");
  for (const entry of entries.filter((e) => !publicPages.has(e.url))) {
    const response = await page.request.get(entry.url, { maxRedirects: 0 });
    if (entry.role === "ADMIN") expect(response.status(), entry.url).toBe(403);
    else expect([200, 404], entry.url).toContain(response.status());
  }
  for (const action of discoverActions().filter((a) => a.role === "ADMIN")) {
    const response = await callAction(page.request, action);
    expect(response.status(), action.name).toBe(403);
    expect(response.headers()["x-action-redirect"], action.name).toBeUndefined();
  }
});
