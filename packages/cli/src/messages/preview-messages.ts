import type { Language } from '../report/language.js';

/** The lines `guideline preview` writes, in the language asked for. */
export const previewMessages = {
  wrote: (dir: string, files: number, ms: number, language: Language): string =>
    language === 'sv' ? `skrev förhandsvisningen till ${dir} (${files} filer, ${Math.round(ms)} ms)` : `wrote the preview to ${dir} (${files} files, ${Math.round(ms)} ms)`,
  serving: (url: string, language: Language): string =>
    language === 'sv' ? `Förhandsvisningen: ${url} (uppdateras när du sparar; avsluta med Ctrl+C)` : `Preview: ${url} (updates when you save; stop with Ctrl+C)`,
  rebuildFailed: (detail: string, language: Language): string =>
    language === 'sv' ? `förhandsvisningen kunde inte byggas om: ${detail}` : `the preview could not be rebuilt: ${detail}`,
};
