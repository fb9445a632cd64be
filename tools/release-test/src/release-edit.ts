/**
 * A realistic clinical edit of chapter 13: the paclitaxel dose of KarPak lowered from 175 to
 * 150 mg/m2 in the regimen table and in the two sentences that state it (so that the chapter
 * still checks without errors), and the evidence grade of palliative radiotherapy raised.
 * Only ever applied to a temporary copy.
 */
export function applyReleaseEdit(chapter: string): string {
  // The chapter writes a no-break space between a number and its unit in places: kept as written.
  const replacements: [from: RegExp, to: string][] = [
    [/\| paklitaxel \| 175( )mg\/m2 \|/g, '| paklitaxel | 150$1mg/m2 |'],
    [/karboplatin \(AUC 5\) och paklitaxel \(175([ \u00a0])mg\/m2\) \(\+\+\+\)/g, 'karboplatin (AUC 5) och paklitaxel (150$1mg/m2) (+++)'],
    [/karboplatin AUC5 \/paklitaxel 175([ \u00a0])mg\/m2 \(KarPak\)/g, 'karboplatin AUC5 /paklitaxel 150$1mg/m2 (KarPak)'],
    [/Palliativ strålbehandling är i många fall effektiv\. \(\+\+\)/g, 'Palliativ strålbehandling är i många fall effektiv. (+++)'],
  ];
  return replacements.reduce((text, [from, to]) => {
    if ((text.match(from) ?? []).length !== 1) throw new Error(`The chapter should match \`${from.source}\` exactly once.`);
    return text.replace(from, to);
  }, chapter);
}
