import type { Language } from '../report/language.js';

const english = `Usage: guideline <command> [options]

Commands:
  check [paths…]        Parse and check the guideline sources; exit 1 on any error
  build                 Check, then write the knowledge graph and the content packages
  graph [guideline]     Print the knowledge graph (--json for the full graph)
  diff <base> [<head>]  Clinical changes between two versions (git revisions or folders; head: working tree),
                        --format text|json|markdown
  changeset [--base r]  Write .changeset/*.md with the computed bump and changelog; --check: fail when missing or too low;
                        --record (after \`changeset version\`): record the released changes for changes.json
  preview               Write the preview site to build/site (--watch: serve it and rebuild on save)

Options:
  --format <format>     pretty (default), json, github or sarif
  --output <file>       With check: write the report to <file>; print only a summary line
  --max-warnings <n>    With check: exit 1 when there are more than <n> warnings
  --fail-on <level>     With check: error (default) or warning, the least severe finding that fails
  --lang <sv|en>        Language of messages (default: sv)
  --json                With graph: print JSON
  --watch               With preview: serve the site on 127.0.0.1 and rebuild when a source changes
  --cwd <dir>           Run as if started in <dir>
  --no-cache            Read every file again instead of reusing results of unchanged ones
  -h, --help            Show this help
  -v, --version         Show the version

Paths are relative to the folder the command was started in (also under \`pnpm guideline\`).
Acknowledged findings never fail a check.
Exit codes: 0 passed, 1 failed (errors, or warnings past --max-warnings or --fail-on), 2 usage or internal failure.
`;

const swedish = `Användning: guideline <kommando> [flaggor]

Kommandon:
  check [sökvägar…]     Läs och kontrollera vårdprogrammets källor; avslutar med 1 vid fel
  build                 Kontrollera, skriv sedan kunskapsgrafen och innehållspaketen
  graph [vårdprogram]   Skriv ut kunskapsgrafen (--json för hela grafen)
  diff <bas> [<mål>]    Kliniska ändringar mellan två versioner (git-revisioner eller mappar; mål: arbetskopian),
                        --format text|json|markdown
  changeset [--base r]  Skriv .changeset/*.md med beräknad versionsändring och ändringslogg; --check: fäll om den saknas eller är för låg;
                        --record (efter \`changeset version\`): spara de utgivna ändringarna för changes.json
  preview               Skriv förhandsvisningen till build/site (--watch: visa den och bygg om när du sparar)

Flaggor:
  --format <format>     pretty (standard), json, github eller sarif
  --output <fil>        Med check: skriv rapporten till <fil>; skriv bara en sammanfattning
  --max-warnings <n>    Med check: avsluta med 1 när det finns fler än <n> varningar
  --fail-on <nivå>      Med check: error (standard) eller warning, den lägsta nivå som fäller
  --lang <sv|en>        Språk för meddelanden (standard: sv)
  --json                Med graph: skriv JSON
  --watch               Med preview: visa webbplatsen på 127.0.0.1 och bygg om när en källa ändras
  --cwd <mapp>          Kör som om kommandot startats i <mapp>
  --no-cache            Läs om alla filer i stället för att återanvända resultat för oändrade
  -h, --help            Visa denna hjälp
  -v, --version         Visa versionen

Sökvägar utgår från mappen där kommandot startades (även med \`pnpm guideline\`).
Godtagna fynd fäller aldrig en kontroll.
Slutkoder: 0 godkänd, 1 underkänd (fel, eller varningar utöver --max-warnings eller --fail-on), 2 felaktig användning eller internt fel.
`;

/** The help text. */
export function usage(language: Language): string {
  return language === 'en' ? english : swedish;
}
