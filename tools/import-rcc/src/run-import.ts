/**
 * The command line: parse the options, read the chapter, write the Markdown and merge
 * references.yaml, print the report. File access goes through `CliIo` so tests run it in memory.
 */
import { posix, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { importChapter } from './import-chapter.js';
import { mergeReferences } from './references.js';
import { formatReport } from './report.js';
import { DEFAULT_CHROME_LINES } from './sections.js';
import { parseReferenceRange } from './split-citations.js';

export interface CliIo {
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
  /** The file's text, or undefined if it does not exist. */
  readFile(path: string): string | undefined;
  writeFile(path: string, text: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const USAGE = `Usage: import-rcc <chapter.txt> --guideline-dir <dir> --chapter <n> --slug <slug> --references <min-max> [options]

Converts a chapter of an RCC care programme, published as plain text, into the guideline
Markdown convention. Writes <dir>/<nn>-<slug>.md and adds missing entries to <dir>/references.yaml.

  --guideline-dir <dir>   the guideline's folder, e.g. guideline-src/livmoderkroppscancer
  --chapter <n>           the chapter number (the text prints the chapter title without it)
  --slug <slug>           file name slug, e.g. behandling-av-aterfall
  --references <min-max>  the numbers of the programme's reference list, e.g. 1-190
  --skip-line <text>      a line of web-page chrome to skip (repeatable; adds to: ${DEFAULT_CHROME_LINES.join(', ')})
  --check                 write nothing; exit 1 if the files are not what an import would write
  --verbose               list every number in the text and how it was read
  --help                  show this help
`;

function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new Error(`missing --${name}`);
  return value;
}

/** Runs the importer; returns the process exit code (0 ok, 1 check failed, 2 usage or input error). */
export function runImport(argv: readonly string[], io: CliIo): number {
  let values: Record<string, string | boolean | string[] | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'guideline-dir': { type: 'string' },
        chapter: { type: 'string' },
        slug: { type: 'string' },
        references: { type: 'string' },
        'skip-line': { type: 'string', multiple: true },
        check: { type: 'boolean' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    io.stderr(`import-rcc: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  try {
    if (positionals.length !== 1) throw new Error('give exactly one input file');
    const input = resolve(io.cwd, positionals[0] ?? '');
    const dir = resolve(io.cwd, required(values, 'guideline-dir'));
    const chapter = required(values, 'chapter');
    if (!/^\d+$/u.test(chapter)) throw new Error(`--chapter must be a number, got "${chapter}"`);
    const slug = required(values, 'slug');
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(slug)) throw new Error(`--slug must be lowercase words joined by hyphens, got "${slug}"`);
    const references = parseReferenceRange(required(values, 'references'));
    const text = io.readFile(input);
    if (text === undefined) throw new Error(`cannot read ${input}`);
    const skip = values['skip-line'];

    const result = importChapter(text, {
      chapter,
      slug,
      references,
      importedFrom: relative(dir, input).split(sep).join(posix.sep),
      ...(Array.isArray(skip) ? { chromeLines: [...DEFAULT_CHROME_LINES, ...skip] } : {}),
    });
    const mdPath = resolve(dir, result.fileName);
    const refPath = resolve(dir, 'references.yaml');
    const existingRefs = io.readFile(refPath);
    const merged = mergeReferences(existingRefs, result.cited);
    const show = (path: string): string => relative(io.cwd, path).split(sep).join(posix.sep);

    io.stdout(formatReport(result, {
      input: show(input),
      output: show(mdPath),
      references: { ...merged, file: show(refPath) },
      verbose: values.verbose === true,
    }));

    if (values.check) {
      const stale = [
        ...(io.readFile(mdPath) === result.markdown ? [] : [show(mdPath)]),
        ...(existingRefs === merged.yaml ? [] : [show(refPath)]),
      ];
      if (stale.length === 0) return 0;
      io.stderr(`import-rcc --check: not what an import writes: ${stale.join(', ')}; re-run without --check to regenerate\n`);
      return 1;
    }
    io.writeFile(mdPath, result.markdown);
    if (existingRefs !== merged.yaml) io.writeFile(refPath, merged.yaml);
    return 0;
  } catch (error) {
    io.stderr(`import-rcc: ${(error as Error).message}\n`);
    return 2;
  }
}
