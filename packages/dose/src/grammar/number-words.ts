/**
 * Swedish and English number words that appear in dose prose (`sju cykler`, `var tredje
 * vecka`, `every third week`). Maps rather than objects, so that a word such as
 * `constructor` in the input can never reach an object prototype.
 */
export const CARDINALS: ReadonlyMap<string, number> = new Map([
  ['en', 1], ['ett', 1], ['one', 1],
  ['två', 2], ['two', 2],
  ['tre', 3], ['three', 3],
  ['fyra', 4], ['four', 4],
  ['fem', 5], ['five', 5],
  ['sex', 6], ['six', 6],
  ['sju', 7], ['seven', 7],
  ['åtta', 8], ['eight', 8],
  ['nio', 9], ['nine', 9],
  ['tio', 10], ['ten', 10],
  ['elva', 11], ['eleven', 11],
  ['tolv', 12], ['twelve', 12],
]);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['andra', 2], ['second', 2],
  ['tredje', 3], ['third', 3],
  ['fjärde', 4], ['fourth', 4],
  ['femte', 5], ['fifth', 5],
  ['sjätte', 6], ['sixth', 6],
  ['sjunde', 7], ['seventh', 7],
  ['åttonde', 8], ['eighth', 8],
  ['nionde', 9], ['ninth', 9],
  ['tionde', 10], ['tenth', 10],
  ['elfte', 11], ['eleventh', 11],
  ['tolfte', 12], ['twelfth', 12],
  ['fjortonde', 14], ['fourteenth', 14],
  ['tjugoförsta', 21],
  ['tjugoåttonde', 28],
]);

