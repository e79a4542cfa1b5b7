// A bounded door in front of work that needs the database: at most `concurrent` run at once, at
// most `waiting` queue behind them, and none waits longer than `maxWaitMs`. Anything past that is
// refused at once with `AdmissionRefused`, which the form answers with a polite "busy, send it
// again" (everything typed kept) instead of letting a burst pile up past the five seconds a person
// will wait (decision 032).

export class AdmissionRefused extends Error {
  readonly code = "ADMISSION_REFUSED";
  constructor() {
    super("Too many requests at once: refused before touching the database");
  }
}

export type AdmissionLimits = { concurrent: number; waiting: number; maxWaitMs: number };

type Waiter = { start: () => void; timer: ReturnType<typeof setTimeout> };

export function admissionGate(limits: AdmissionLimits) {
  let running = 0;
  const queue: Waiter[] = [];

  function release() {
    const next = queue.shift();
    if (!next) {
      running -= 1;
      return;
    }
    clearTimeout(next.timer);
    next.start(); // the slot passes straight to the next in line
  }

  function enter(): Promise<void> {
    if (running < limits.concurrent) {
      running += 1;
      return Promise.resolve();
    }
    if (queue.length >= limits.waiting) return Promise.reject(new AdmissionRefused());
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        start: resolve,
        timer: setTimeout(() => {
          queue.splice(queue.indexOf(waiter), 1);
          reject(new AdmissionRefused());
        }, limits.maxWaitMs),
      };
      queue.push(waiter);
    });
  }

  return {
    /** Runs `work` once admitted; rejects with `AdmissionRefused` when the door is full. */
    async run<T>(work: () => Promise<T>): Promise<T> {
      await enter();
      try {
        return await work();
      } finally {
        release();
      }
    },
    /** How many run and wait right now (for tests and logs). */
    load: () => ({ running, waiting: queue.length }),
  };
}

export const isAdmissionRefused = (error: unknown): error is AdmissionRefused => error instanceof AdmissionRefused;

type Gate = ReturnType<typeof admissionGate>;
// On globalThis: the proxy (its own bundle, same process) reads the door the form's action uses.
const shared = globalThis as { weAreAleSubmissionGate?: Gate & { limits: AdmissionLimits } };

/**
 * The endorsement form's door, sized by the database pool: one submission per pooled connection at
 * once, five per connection waiting, none waiting more than two seconds (decision 032).
 */
export function submissionLimits(poolSize: number): AdmissionLimits {
  return { concurrent: poolSize, waiting: poolSize * 5, maxWaitMs: 2000 };
}

export function submissionGate(poolSize: number): Gate {
  shared.weAreAleSubmissionGate ??= {
    ...admissionGate(submissionLimits(poolSize)),
    limits: submissionLimits(poolSize),
  };
  return shared.weAreAleSubmissionGate;
}

/** True while every place at the form's door, running and waiting, is taken (read by the proxy). */
export function submissionsFull(): boolean {
  const gate = shared.weAreAleSubmissionGate;
  if (!gate) return false;
  const { running, waiting } = gate.load();
  return running >= gate.limits.concurrent && waiting >= gate.limits.waiting;
}
