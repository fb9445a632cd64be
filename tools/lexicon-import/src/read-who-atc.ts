/** The WHO ATC facts the importer uses: level-5 codes and the substance name the index gives each. */
export interface WhoAtc {
  /** Substance name by code, e.g. `L01CB01` → `etoposide`. */
  nameOf: ReadonlyMap<string, string>;
  /** Every code the index gives a substance name, in code order. */
  codesOf: ReadonlyMap<string, readonly string[]>;
}

const ROW = /^([A-Z][0-9]{2}[A-Z]{2}[0-9]{2}),(?:"([^"]*)"|([^,"]*))$/;

/**
 * Reads `data/who-atc.csv`: `#` comment lines (source and date), a `code,name` header, then one
 * code per line. A line that is not of that form is an error in the data file, so it throws.
 */
export function readWhoAtc(text: string): WhoAtc {
  const nameOf = new Map<string, string>();
  const codesOf = new Map<string, string[]>();
  const lines = text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
  if (lines[0] !== 'code,name') throw new Error('who-atc.csv: expected the header `code,name`');
  for (const line of lines.slice(1)) {
    const match = ROW.exec(line);
    const code = match?.[1];
    const name = match?.[2] ?? match?.[3];
    if (code === undefined || name === undefined || name === '') throw new Error(`who-atc.csv: unreadable line \`${line}\``);
    if (nameOf.has(code)) throw new Error(`who-atc.csv: code ${code} appears twice`);
    nameOf.set(code, name);
    codesOf.set(name, [...(codesOf.get(name) ?? []), code].sort());
  }
  return { nameOf, codesOf };
}
