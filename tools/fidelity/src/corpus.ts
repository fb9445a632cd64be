import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export type Pair = [number, number];
export type OpenPair = [number | null, number | null];

/** A dose as the corpus labels it (see corpora/doses/README.md). */
export interface LabelledDose {
  drug: string | null;
  amount: Pair;
  unit: string;
  route: string | null;
  intervalDays: Pair | null;
  days?: number[];
  cycleLengthDays?: number;
  cycles: OpenPair | null;
  role: string;
}

export interface CorpusItem {
  id: string;
  source: string;
  /** The source's title. */
  title: string;
  /** The heading the span stands under on the page, when the labeller copied it (its drug may be written only there). */
  heading?: string;
  text: string;
  /** The source's batch (`batch:` in its source block), for sources added as a numbered batch. */
  batch?: number;
  uncertain: boolean;
  doses: LabelledDose[];
}

export type Split = 'tune' | 'holdout';

/** Every item of one split, in file and item order. */
export function readSplit(corpus: string, split: Split): CorpusItem[] {
  const folder = join(corpus, split);
  const items: CorpusItem[] = [];
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort()) {
    const data = parse(readFileSync(join(folder, file), 'utf8')) as { source: { id: string; title: string; batch?: number }; items: (Omit<CorpusItem, 'source' | 'title' | 'uncertain'> & { uncertain?: boolean })[] };
    for (const item of data.items) {
      const heading = item.heading === undefined ? {} : { heading: item.heading };
      const batch = data.source.batch === undefined ? {} : { batch: data.source.batch };
      items.push({ id: item.id, source: data.source.id, title: data.source.title, ...heading, ...batch, text: item.text, uncertain: item.uncertain === true, doses: item.doses });
    }
  }
  return items;
}

/** Regimen-library pages share one table layout; the README asks for them to be reported apart from prose sources. */
export function kindOf(source: string): 'regimen library' | 'prose' {
  return source.startsWith('regimbiblioteket-') ? 'regimen library' : 'prose';
}
