import { describe, expect, it } from 'vitest';
import { extractLevel5 } from './extract-who-atc.js';
import { readWhoAtc } from './read-who-atc.js';

const SCRAPE = [
  'atc_code,atc_name,ddd,uom,adm_r,note',
  'N,NERVOUS SYSTEM,NA,NA,NA,NA',
  'N02AA,Natural opium alkaloids,NA,NA,NA,NA',
  'N02AA01,morphine,0.1,g,O,NA',
  'N02AA01,morphine,30,mg,P,NA',
  'A01AB11,various,NA,NA,NA,NA',
  'N02AA51,"morphine, combinations",NA,NA,NA,NA',
  'N02AA05,oxycodone,75,mg,O,"a note, with a comma"',
].join('\n');

describe('extractLevel5', () => {
  it('keeps every level-5 code once, with its name, in code order, quoting a name with a comma as the reader reads it', () => {
    const text = extractLevel5(SCRAPE, ['Index as published on 2026-04-25']);
    expect(text).toBe('# Index as published on 2026-04-25\ncode,name\nA01AB11,various\nN02AA01,morphine\nN02AA05,oxycodone\nN02AA51,"morphine, combinations"\n');
    expect([...readWhoAtc(text).nameOf]).toEqual([['A01AB11', 'various'], ['N02AA01', 'morphine'], ['N02AA05', 'oxycodone'], ['N02AA51', 'morphine, combinations']]);
    expect(extractLevel5(SCRAPE, ['Index as published on 2026-04-25'])).toBe(text);
  });

  it('refuses a file that is not the scrape, and a code given two names', () => {
    expect(() => extractLevel5('code,name\n', [])).toThrow(/atc_code/);
    expect(() => extractLevel5(`${SCRAPE}\nN02AA01,morphine sulfate,NA,NA,NA,NA`, [])).toThrow(/two names/);
  });
});
