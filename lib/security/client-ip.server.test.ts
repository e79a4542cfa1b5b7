import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { addressChain, addressChainHeader, addressKey, pickAddress } from "./address-chain";
import { ipFromHeaders } from "./client-ip.server";
import { recordSocketPeers } from "./socket-peer.server";

const withChain = (chain: string, extra: Record<string, string> = {}) =>
  new Headers({ [addressChainHeader]: chain, ...extra });

describe("ipFromHeaders", () => {
  it("with no proxy (0 hops) uses the socket's address, whatever X-Forwarded-For says", () => {
    expect(ipFromHeaders(withChain("203.0.113.7"), 0)).toBe("203.0.113.7");
    // A client's own X-Forwarded-For ends up left of the socket address in the chain.
    expect(ipFromHeaders(withChain("1.2.3.4, 203.0.113.7", { "x-forwarded-for": "1.2.3.4" }), 0)).toBe("203.0.113.7");
  });

  it("with one proxy takes what the proxy appended, never what the client wrote before it", () => {
    // client → nginx (appends the client's address) → app (socket = nginx)
    expect(ipFromHeaders(withChain("203.0.113.7, 127.0.0.1"), 1)).toBe("203.0.113.7");
    expect(ipFromHeaders(withChain("6.6.6.6, 7.7.7.7, 203.0.113.7, 127.0.0.1"), 1)).toBe("203.0.113.7");
  });

  it("with two proxies (CDN → nginx) takes the entry the CDN appended", () => {
    expect(ipFromHeaders(withChain("203.0.113.7, 198.51.100.10, 127.0.0.1"), 2)).toBe("203.0.113.7");
    expect(ipFromHeaders(withChain("6.6.6.6, 203.0.113.7, 198.51.100.10, 127.0.0.1"), 2)).toBe("203.0.113.7");
    // Fewer entries than hops (someone reached nginx directly): the leftmost, which nginx wrote.
    expect(ipFromHeaders(withChain("203.0.113.9, 127.0.0.1"), 2)).toBe("203.0.113.9");
  });

  it("ignores a forged chain header: the server overwrites it from the socket", async () => {
    recordSocketPeers();
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((request, response) => {
      seen.push(request.headers);
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await fetch(`http://127.0.0.1:${port}/`, {
        headers: { "x-forwarded-for": "6.6.6.6", [addressChainHeader]: "7.7.7.7" },
      });
      await fetch(`http://127.0.0.1:${port}/`);
    } finally {
      server.close();
    }
    const headers = seen.map((list) => new Headers(list as Record<string, string>));
    expect(headers[0].get(addressChainHeader)).toBe("6.6.6.6, 127.0.0.1");
    expect(ipFromHeaders(headers[0], 0)).toBe("127.0.0.1");
    expect(ipFromHeaders(headers[1], 0)).toBe("127.0.0.1");
  });
});

describe("address chain helpers", () => {
  it("joins X-Forwarded-For entries and the peer", () => {
    expect(addressChain(undefined, "::ffff:10.0.0.1")).toBe("::ffff:10.0.0.1");
    expect(addressChain(" 1.1.1.1 ,, 2.2.2.2", "10.0.0.1")).toBe("1.1.1.1, 2.2.2.2, 10.0.0.1");
    expect(pickAddress("", 0)).toBe("unknown");
  });

  it("keys IPv4 as is and IPv6 by its /64", () => {
    expect(addressKey("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(addressKey("192.0.2.1:4567")).toBe("192.0.2.1");
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:DB8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(addressKey("[2001:db8::1]:443")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
  });
});
