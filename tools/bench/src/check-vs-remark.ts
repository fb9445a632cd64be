import path from 'node:path';
import { timeProcess, type ProcessTiming } from './time-process.js';

export interface CheckVsRemark {
  file: string;
  guideline: ProcessTiming;
  remark: ProcessTiming;
  ratio: number;
}

/**
 * Issue 4's aim: `guideline check` on the chapter, a whole process through the installed bin
 * (no pnpm start-up), against remark-cli with remark-preset-lint-recommended on the same
 * file. Our check does far more and should still take at most half of remark's wall time.
 */
export function benchCheckVsRemark(root: string, file: string): CheckVsRemark {
  const node = process.execPath;
  const guideline = timeProcess('guideline check <chapter>', node, [path.join(root, 'node_modules/@guideline-as-code/cli/bin/guideline.js'), 'check', file], root);
  const remark = timeProcess(
    'remark --use remark-preset-lint-recommended <chapter>',
    node,
    [path.join(root, 'node_modules/remark-cli/cli.js'), file, '--no-config', '--use', 'remark-preset-lint-recommended', '--no-stdout', '--quiet'],
    root,
  );
  return { file, guideline, remark, ratio: guideline.medianMs / remark.medianMs };
}
