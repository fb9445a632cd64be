'use strict';
// Preloaded (`node -r probe.cjs …`) into every measured process: at exit it writes the process's
// own CPU time (user + system, µs precision) and peak memory (max RSS) to the file named by
// BENCH_PROBE_OUT. The parent measures wall time; the machine's load affects CPU time far less.
const { writeFileSync } = require('node:fs');

const out = process.env.BENCH_PROBE_OUT;
if (out) {
  delete process.env.BENCH_PROBE_OUT;
  process.once('exit', (code) => {
    const usage = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ userUs: usage.userCPUTime, systemUs: usage.systemCPUTime, maxRssKiB: usage.maxRSS, exitCode: code }));
  });
}
