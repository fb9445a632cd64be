import path from 'node:path';
import { sortDiagnostics } from '@guideline-as-code/checks';
import type { CommandIO } from '../io.js';
import { previewMessages } from '../messages/preview-messages.js';
import { sourcesFolder } from '@guideline-as-code/parser';
import type { Language } from '../report/language.js';
import { checkProject } from './check.js';

/** Where `preview` writes the site, relative to the project root. */
export const siteOutputDir = 'build/site';

// Loaded by `preview` only, at run time and not bundled (as codegen is for `build`): `check`
// must not parse it at start-up, and it finds its style sheet and scripts beside its own files.
const previewPackage = '@guideline-as-code/preview';
type Preview = typeof import('@guideline-as-code/preview');

export interface PreviewOptions {
  root: string;
  language: Language;
  watch: boolean;
}

/**
 * `guideline preview [--watch]`: checks every guideline and writes the preview site, findings
 * and all (errors do not stop it: editors need to see them). With --watch, serves the site on
 * 127.0.0.1, rebuilds when a source changes, and open pages reload; runs until interrupted.
 */
export async function runPreview(options: PreviewOptions, io: CommandIO): Promise<number> {
  const preview = (await import(previewPackage)) as Preview;
  const outDir = path.join(options.root, siteOutputDir);
  const build = async () => {
    const started = performance.now();
    const { checked } = await checkProject({ root: options.root, paths: [] });
    const guidelines = checked.map(({ key, sources, parsed, diagnostics }) => ({
      key,
      graph: parsed.graph,
      diagnostics: sortDiagnostics(diagnostics),
      chapters: sources.chapters,
      patientFacts: parsed.patientFacts,
    }));
    const files = await preview.writeSite(outDir, guidelines, options.language);
    io.stderr(`${previewMessages.wrote(path.relative(options.root, outDir), files.length, performance.now() - started, options.language)}\n`);
  };
  await build();
  if (!options.watch) {
    io.stdout(`${path.join(outDir, 'index.html')}\n`);
    return 0;
  }
  const server = await preview.servePreview(outDir);
  const watcher = preview.watchSources(
    path.join(options.root, sourcesFolder),
    async () => {
      await build();
      server.changed();
    },
    (error) => io.stderr(`${previewMessages.rebuildFailed(error instanceof Error ? error.message : String(error), options.language)}\n`),
  );
  io.stdout(`${previewMessages.serving(server.url, options.language)}\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  watcher.close();
  await server.close();
  return 0;
}
