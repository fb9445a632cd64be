import type { LocalizedText } from '@guideline-as-code/types';

/**
 * A version named to `guideline diff` or `guideline changeset` that cannot be read: not a
 * folder or git revision, or one without `guideline-src/`. It is the user's input that is
 * wrong, so the command line reports `text` and exits 2 rather than an internal error.
 */
export class VersionNotFoundError extends Error {
  override readonly name = 'VersionNotFoundError';
  readonly text: LocalizedText;

  constructor(text: LocalizedText) {
    super(text.en);
    this.text = text;
  }
}

export const versionProblems = {
  notARevision: (spec: string): LocalizedText => ({
    sv: `\`${spec}\` är varken en mapp eller en git-revision i det här förrådet.`,
    en: `\`${spec}\` is neither a folder nor a git revision in this repository.`,
  }),
  revisionWithoutSources: (spec: string, folder: string): LocalizedText => ({
    sv: `Revisionen \`${spec}\` har ingen mapp ${folder}/: vårdprogrammet fanns inte i förrådet då. Välj en senare revision.`,
    en: `Revision \`${spec}\` has no ${folder}/ folder: the guideline was not in the repository then. Choose a later revision.`,
  }),
  folderWithoutSources: (folder: string, sources: string): LocalizedText => ({
    sv: `Mappen \`${folder}\` har ingen mapp ${sources}/.`,
    en: `Folder \`${folder}\` has no ${sources}/ folder.`,
  }),
};
