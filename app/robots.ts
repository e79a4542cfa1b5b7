import type { MetadataRoute } from "next";
import { env } from "@/lib/env.server";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const site = env().SITE_URL;
  return { rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/api/"] }], sitemap: `${site}/sitemap.xml` };
}
