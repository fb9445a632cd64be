/**
 * The text of `data/who-atc.csv` from the full WHO ATC/DDD index as the scrape
 * https://github.com/fabkury/atcd publishes it (`atc_code,atc_name,ddd,uom,adm_r,note`, one row per
 * DDD): every level-5 code once, with its substance name, in code order. Only codes and names
 * are kept (facts), no DDDs. `header` is the comment block naming the source, date and terms.
 */
export function extractLevel5(scrape: string, header: readonly string[]): string {
  const names = new Map<string, string>();
  const rows = scrape.split(/\r?\n/).filter((line) => line !== '');
  if (rows[0]?.startsWith('atc_code,atc_name') !== true) throw new Error('expected the header `atc_code,atc_name,…` of the atcd scrape');
  for (const row of rows.slice(1)) {
    const [code, name] = csvFields(row);
    if (code === undefined || name === undefined || !/^[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}$/.test(code)) continue;
    const known = names.get(code);
    if (known !== undefined && known !== name) throw new Error(`code ${code} has two names: \`${known}\` and \`${name}\``);
    names.set(code, name);
  }
  const lines = [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([code, name]) => `${code},${/[",]/.test(name) ? `"${name.replace(/"/g, '""')}"` : name}`);
  return [...header.map((line) => `# ${line}`), 'code,name', ...lines, ''].join('\n');
}

/** The fields of one CSV row (RFC 4180 quoting). */
function csvFields(row: string): string[] {
  const fields: string[] = [];
  let at = 0;
  while (at <= row.length) {
    if (row[at] === '"') {
      let value = '';
      let end = at + 1;
      for (;;) {
        const quote = row.indexOf('"', end);
        if (quote < 0) throw new Error(`unclosed quote in \`${row}\``);
        value += row.slice(end, quote);
        if (row[quote + 1] === '"') {
          value += '"';
          end = quote + 2;
        } else {
          end = quote + 1;
          break;
        }
      }
      fields.push(value);
      at = end + 1;
    } else {
      const comma = row.indexOf(',', at);
      const end = comma < 0 ? row.length : comma;
      fields.push(row.slice(at, end));
      at = end + 1;
    }
  }
  return fields;
}
