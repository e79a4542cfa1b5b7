import { afterEach, describe, expect, it, vi } from "vitest";
import {
  AdmissionRefused,
  admissionGate,
  isAdmissionRefused,
  submissionGate,
  submissionLimits,
  submissionsFull,
} from "./admission";

/** A piece of work that runs until `finish()` is called. */
function held() {
  let finish = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return { work: () => done, finish };
}

/** Lets every pending promise callback run. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

describe("admissionGate", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("runs up to `concurrent` at once and passes a freed place to the next in line, in order", async () => {
    const gate = admissionGate({ concurrent: 2, waiting: 5, maxWaitMs: 60_000 });
    const first = held();
    const second = held();
    const started: string[] = [];
    const running = [
      gate.run(async () => {
        started.push("first");
        await first.work();
      }),
      gate.run(async () => {
        started.push("second");
        await second.work();
      }),
    ];
    const thirdHeld = held();
    const third = gate.run(async () => {
      started.push("third");
      await thirdHeld.work();
    });
    const fourth = gate.run(async () => {
      started.push("fourth");
    });
    await settled();
    expect(started).toEqual(["first", "second"]);
    expect(gate.load()).toEqual({ running: 2, waiting: 2 });

    first.finish();
    await running[0];
    await settled();
    expect(started).toEqual(["first", "second", "third"]);
    expect(gate.load()).toEqual({ running: 2, waiting: 1 });
    second.finish();
    thirdHeld.finish();
    await third;
    await Promise.all([...running, fourth]);
    expect(started).toEqual(["first", "second", "third", "fourth"]);
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses at once when every running and waiting place is taken, without running the work", async () => {
    const gate = admissionGate({ concurrent: 1, waiting: 1, maxWaitMs: 60_000 });
    const slow = held();
    const running = gate.run(slow.work);
    const waiting = gate.run(async () => "waited");
    const work = vi.fn(async () => "ran");
    await expect(gate.run(work)).rejects.toBeInstanceOf(AdmissionRefused);
    expect(work).not.toHaveBeenCalled();
    slow.finish();
    await running;
    expect(await waiting).toBe("waited");
  });

  it("refuses one that waited longer than maxWaitMs, and the line moves on without it", async () => {
    vi.useFakeTimers();
    const gate = admissionGate({ concurrent: 1, waiting: 3, maxWaitMs: 1000 });
    const slow = held();
    const running = gate.run(slow.work);
    const work = vi.fn(async () => "ran");
    const waited = gate.run(work);
    const refusal = expect(waited).rejects.toBeInstanceOf(AdmissionRefused);
    await vi.advanceTimersByTimeAsync(999);
    expect(gate.load()).toEqual({ running: 1, waiting: 1 });
    await vi.advanceTimersByTimeAsync(1);
    await refusal;
    expect(work).not.toHaveBeenCalled();
    expect(gate.load()).toEqual({ running: 1, waiting: 0 });
    slow.finish();
    await running;
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });

  it("frees the place of work that failed", async () => {
    const gate = admissionGate({ concurrent: 1, waiting: 0, maxWaitMs: 1000 });
    await expect(gate.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await gate.run(async () => "next")).toBe("next");
  });

  it("is recognised by isAdmissionRefused, and nothing else is", () => {
    expect(isAdmissionRefused(new AdmissionRefused())).toBe(true);
    expect(isAdmissionRefused(new Error("Too many requests at once"))).toBe(false);
    expect(isAdmissionRefused({ code: "ADMISSION_REFUSED" })).toBe(false);
  });
});

describe("the endorsement form's door, as the proxy sees it", () => {
  it("reads full only while every running and waiting place is taken", async () => {
    const gate = submissionGate(1); // shared on globalThis, as the proxy reads it
    const { waiting: places } = submissionLimits(1);
    expect(submissionsFull()).toBe(false);
    const slow = held();
    const running = gate.run(slow.work);
    const waiting = Array.from({ length: places - 1 }, () => gate.run(async () => {}));
    expect(submissionsFull()).toBe(false); // one place left in the line
    waiting.push(gate.run(async () => {}));
    expect(submissionsFull()).toBe(true);
    slow.finish();
    await Promise.all([running, ...waiting]);
    expect(submissionsFull()).toBe(false);
  });
});
