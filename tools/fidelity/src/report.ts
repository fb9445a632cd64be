import { FIELDS, percent, type Miss, type Score } from './score.js';

/** A Markdown table of one score: precision and recall per field, then the counts that matter. */
export function scoreTable(score: Score): string {
  const rows = FIELDS.map((field) => {
    const { right, read, labelled } = score.fields[field];
    return `| ${field} | ${percent(right, read)} | ${percent(right, labelled)} | ${right} | ${read} | ${labelled} |`;
  });
  return [
    '| field | precision | recall | right | read | labelled |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Items: ${score.items} (uncertain, left out: ${score.uncertainItems}). Labelled doses: ${score.labelledDoses}; doses read: ${score.readDoses}.`,
    `Labelled doses attributed to the wrong drug: ${score.wrongDrug}. Silent partial readings: ${score.silentPartial}.`,
    `Doses read that the label does not have (a strength or quantity read as a dose): ${score.extraDoses}. Statements without an amount (a drug or regimen with cycles, not counted as doses): ${score.courses}.`,
  ].join('\n');
}

export function missLines(misses: readonly Miss[]): string[] {
  return misses.map((miss) => `${miss.item}\t${miss.field}\texpected ${miss.expected}\tgot ${miss.got}`);
}
