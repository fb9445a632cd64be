import type { Source } from '@guideline-as-code/types';

/** Where things are in the site: one folder per guideline, shared assets beside them. */
export const sitePaths = {
  recommendations: 'recommendations.html',
  references: 'references.html',
  findings: 'findings.html',
  regimens: 'regimens.html',
  /** The page of a chapter file, e.g. `13-behandling-av-aterfall.html`. */
  chapter(file: string): string {
    const name = file.split('/').pop() ?? file;
    return `${name.replace(/\.md$/i, '')}.html`;
  },
  regimen(key: string): string {
    return `regimen-${key}.html`;
  },
  /** The anchor of a source span in its chapter page, e.g. a regimen value's cell. */
  spanId(source: Source): string {
    return `src-${source.start.offset}-${source.end.offset}`;
  },
  spanLink(source: Source): string {
    return `${sitePaths.chapter(source.file)}#${sitePaths.spanId(source)}`;
  },
  nodeId(id: string): string {
    return id.replace(/[^A-Za-z0-9_-]+/g, '-');
  },
  referenceId(key: string): string {
    return `ref-${sitePaths.nodeId(key)}`;
  },
  findingId(index: number): string {
    return `finding-${index + 1}`;
  },
};
