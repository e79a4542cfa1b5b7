import { describe, expect, it, vi } from "vitest";
import { dropAllAnswers } from "../http/response-cache.mjs";
import { cachedData, staleAfterMs } from "./invalidation.server";

describe("cachedData", () => {
  it("loads once for all the readers that ask while a load is under way, then again when asked again", async () => {
    let release = () => {};
    const load = vi.fn(() => new Promise<number>((resolve) => (release = () => resolve(load.mock.calls.length))));
    const counts = cachedData(load, "test:counts", { tags: ["test"], revalidate: 60 });
    const crowd = Promise.all([counts(), counts(), counts()]);
    await vi.waitFor(() => expect(load).toHaveBeenCalled());
    release();
    expect(await crowd).toEqual([1, 1, 1]);
    expect(load).toHaveBeenCalledTimes(1);
    const later = counts();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    await new Promise((wait) => setTimeout(wait, 2 * staleAfterMs));
    release(); // a value not read by the direct routes is waited for, however long it takes
    expect(await later).toBe(2);
  });

  it("while a value is being read again, answers the one read last after a moment, never one from before a change", async () => {
    let release = (_value: number) => {};
    const load = vi.fn(() => new Promise<number>((resolve) => (release = resolve)));
    const counts = cachedData(load, "test:stale", { tags: ["test"], revalidate: 60, readByDirectRoutes: true });
    const first = counts();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    release(1);
    expect(await first).toBe(1);
    // The next read hangs (a slow count under load): the reader gets 1 after staleAfterMs.
    const started = performance.now();
    expect(await counts()).toBe(1);
    expect(performance.now() - started).toBeGreaterThanOrEqual(staleAfterMs - 1);
    expect(load).toHaveBeenCalledTimes(2);
    // A change became known: nobody is answered from before it.
    dropAllAnswers();
    const afterChange = counts();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(3));
    const settled = await Promise.race([afterChange, new Promise((wait) => setTimeout(() => wait("waiting"), 100))]);
    expect(settled).toBe("waiting");
    release(3);
    expect(await afterChange).toBe(3);
    // A change that becomes known while a read is under way: the reader waits for that read.
    const duringChange = counts();
    dropAllAnswers(); // before staleAfterMs: the read has begun, its answer is not in yet
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(4));
    const meanwhile = await Promise.race([duringChange, new Promise((wait) => setTimeout(() => wait("waiting"), 100))]);
    expect(meanwhile).toBe("waiting");
    release(4);
    expect(await duringChange).toBe(4);
  });

  it("does not let a reader after a change join a load that began before it", async () => {
    const releases: (() => void)[] = [];
    const load = vi.fn(() => {
      const call = load.mock.calls.length;
      return new Promise<number>((resolve) => releases.push(() => resolve(call)));
    });
    const counts = cachedData(load, "test:changed", { tags: ["test"], revalidate: 60 });
    const before = counts();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    dropAllAnswers(); // what every invalidation does, made here or learned from another instance
    const after = counts();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    for (const release of releases) release();
    expect(await before).toBe(1);
    expect(await after).toBe(2);
  });

  it("lets a failed load be tried again by the next reader", async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error("database away")).mockResolvedValueOnce(7);
    const counts = cachedData(load, "test:retry", { tags: ["test"], revalidate: 60 });
    await expect(counts()).rejects.toThrow("database away");
    expect(await counts()).toBe(7);
  });
});
