// Random bytes from the system's secure generator, drawn 4 KB at a time: each draw is a system call,
// and a sign-up needed a dozen small ones (ids, token, IVs), a measurable share of its time on a
// busy instance. Bytes are handed out once and never reused; Node's own randomUUID pools the same way.

const poolSize = 4096;
let pool = new Uint8Array(0);
let offset = 0;

/** `size` fresh random bytes, copied out of the pool. */
export function randomBytes(size: number): Buffer {
  if (size > poolSize) return Buffer.from(crypto.getRandomValues(new Uint8Array(size)));
  if (offset + size > pool.length) {
    pool = crypto.getRandomValues(new Uint8Array(poolSize));
    offset = 0;
  }
  offset += size;
  return Buffer.from(pool.subarray(offset - size, offset));
}

/** `size` random bytes as base64url text (4 characters for every 3 bytes). */
export function randomText(size: number): string {
  return randomBytes(size).toString("base64url");
}
