import type { Reporter, TestModule } from "vitest/node";

/**
 * Names what did not run. Tests skip only when a real part is missing on this machine (no
 * PostgreSQL server, Redis or Chromium answering; CI requires them all): the default reporter
 * counts them, this one lists them by file so that nobody takes a short run for a full one.
 */
export default class SkippedReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const byFile = new Map<string, string[]>();
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        if (test.result().state !== "skipped") continue;
        const names = byFile.get(module.moduleId) ?? [];
        names.push(test.fullName);
        byFile.set(module.moduleId, names);
      }
    }
    const total = [...byFile.values()].reduce((sum, names) => sum + names.length, 0);
    if (total === 0) return;
    const lines = [
      `\n${total} tests skipped (filtered out, or a server or browser they need is not answering):`,
    ];
    for (const [file, names] of byFile) {
      lines.push(`  ${file.replace(`${process.cwd()}/`, "")} (${names.length})`);
      for (const name of names.slice(0, 5)) lines.push(`    - ${name}`);
      if (names.length > 5) lines.push(`    - … and ${names.length - 5} more`);
    }
    console.log(lines.join("\n"));
  }
}
