/* Generated from src/schema/shared.schema.json#/$defs/packageInfo by scripts/generate-types.mjs. Do not edit by hand. */

/**
 * What a content package was built from: its own name and version, and the guideline it was built from.
 */
export interface ContentPackageInfo {
  /**
   * The npm package name.
   */
  readonly name: string;
  /**
   * The package version (semver), bumped by changesets; all content packages share it.
   */
  readonly version: string;
  readonly guideline: GuidelineInfo;
}
/**
 * The guideline the package was built from, from its metadata file.
 *
 * This interface was referenced by `ContentPackageInfo`'s JSON-Schema
 * via the `definition` "guidelineInfo".
 */
export interface GuidelineInfo {
  /**
   * The guideline's folder name, e.g. `livmoderkroppscancer`.
   */
  readonly key: string;
  readonly title: string;
  readonly publisher: string;
  /**
   * ISO 639-1 language of the text.
   */
  readonly language: string;
  /**
   * The guideline's edition (version or date); null when its sources do not state it.
   */
  readonly edition: string | null;
  /**
   * Why `edition` is null, in English; null when the edition is stated.
   */
  readonly editionNote: string | null;
}
