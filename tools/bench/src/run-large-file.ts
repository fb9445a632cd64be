// `pnpm --filter @guideline-as-code/bench bench:large-file`: only the 10 MB single-file
// measurement of issue 12, printed as the Markdown section `pnpm bench` writes to BENCHMARKS.md.
import { benchOneLargeFile } from './measure/one-large-file.js';
import { repoRoot } from './paths.js';
import { renderOneLargeFile } from './report/one-large-file.js';

process.stdout.write(`${renderOneLargeFile(await benchOneLargeFile(repoRoot)).join('\n')}\n`);
