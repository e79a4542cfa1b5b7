// An Atom 1.0 feed (RFC 4287) of published news.

function escapeXml(text: string) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export type FeedEntry = {
  id: string;
  title: string;
  summary: string;
  url: string;
  published: Date;
  updated: Date;
  lang: string;
};

export function atomFeed(feed: {
  title: string;
  url: string;
  selfUrl: string;
  lang: string;
  entries: FeedEntry[];
}): string {
  const updated = new Date(Math.max(0, ...feed.entries.map((entry) => entry.updated.getTime())));
  const entries = feed.entries.map(
    (entry) => `  <entry xml:lang="${entry.lang}">
    <id>${escapeXml(entry.url)}</id>
    <title>${escapeXml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>
    <published>${entry.published.toISOString()}</published>
    <updated>${entry.updated.toISOString()}</updated>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">
  <id>${escapeXml(feed.selfUrl)}</id>
  <title>${escapeXml(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.url)}"/>
  <updated>${updated.toISOString()}</updated>
  <author><name>We are ALE</name></author>
${entries.join("\n")}
</feed>
`;
}
