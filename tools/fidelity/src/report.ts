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
    `Labelled doses not read at all: ${score.unreadDoses}.${silentBreakdown(score)}`,
    `Labelled drugs not read: ${score.drugMissedNamed + score.drugMissedContextOnly} (named in the item's text: ${score.drugMissedNamed}${findingsOf(score)}; written only in its context, a heading, table row or earlier sentence: ${score.drugMissedContextOnly}).`,
    `Doses read that the label does not have (a strength or quantity read as a dose): ${score.extraDoses}. Statements without an amount (a drug or regimen with cycles, not counted as doses): ${score.courses}.`,
  ].join('\n');
}

/** The findings on the items whose drug was named but not read, by rule id: which caution held it back. */
function findingsOf(score: Score): string {
  const rules = Object.entries(score.drugMissedNamedFindings).sort(([a], [b]) => a.localeCompare(b));
  return rules.length === 0 ? '' : `, with findings ${rules.map(([rule, count]) => `${rule} ${count}`).join(', ')}`;
}

/** Which fields the silent partial readings missed: what to work on, without naming an item. */
function silentBreakdown(score: Score): string {
  if (score.silentPartial === 0) return '';
  const byField = FIELDS.filter((field) => score.silentByField[field] > 0).map((field) => `${field} ${score.silentByField[field]}`);
  const parts = [...(score.silentUnread > 0 ? [`not read at all ${score.silentUnread}`] : []), ...byField];
  return ` Silent partial readings by what they missed: ${parts.join(', ')}.`;
}

export function missLines(misses: readonly Miss[]): string[] {
  return misses.map((miss) => `${miss.item}\t${miss.field}\texpected ${miss.expected}\tgot ${miss.got}`);
}
