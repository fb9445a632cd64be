import path from 'node:path';
import { PassThrough } from 'node:stream';
import { remark } from 'remark';
import { engine } from 'unified-engine';
import { VFile } from 'vfile';
import remarkPresetGuideline from '../index.js';

/** Runs the preset on one in-memory file as a language server does, and gives back the file with its messages. */
export function lintInEngine(root: string, relative: string, text: string): Promise<VFile> {
  const file = new VFile({ cwd: root, path: path.join(root, relative), value: text });
  return new Promise((resolve, reject) => {
    engine(
      {
        processor: remark(),
        files: [file],
        cwd: root,
        plugins: [remarkPresetGuideline],
        // The preset is given here, so that this test counts the parses of this module instance.
        detectConfig: false,
        out: false,
        quiet: true,
        silentlyIgnore: true,
        streamError: new PassThrough(),
        streamOut: new PassThrough(),
      },
      (error, _code, context) => (error ? reject(error) : resolve(context?.files[0] ?? file)),
    );
  });
}
