// In CI, the integration and resilience runs say each file as it starts and each test as it ends,
// not only once a file is done: when something never ends (a CI run once stopped at its time limit
// with no clue which), the log's last lines name the file and the tests that did finish.
import type { Reporter, TestCase, TestModule } from "vitest/node";

const named = new Set(["integration", "resilience"]);

export default class ProgressReporter implements Reporter {
  onTestModuleStart(module: TestModule) {
    if (named.has(module.project.name)) console.log(`▶ ${module.relativeModuleId}`);
  }

  onTestCaseResult(test: TestCase) {
    if (!named.has(test.project.name)) return;
    const { state } = test.result();
    console.log(`  ${state} after ${Math.round(test.diagnostic()?.duration ?? 0)} ms: ${test.name}`);
  }
}
