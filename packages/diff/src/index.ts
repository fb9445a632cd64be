export { type GuidelineChange, type GuidelineDiff, type Impact, higher, impactOrder } from './change.js';
export { compareGraphs } from './compare-graphs.js';
export { diffVersions, type VersionDiff } from './diff-versions.js';
export { changelogMarkdown, diffFormats, formatDiff, type DiffFormat, type DiffLanguage } from './format-diff.js';
export { fieldImpact } from './impact-table.js';
export { loadVersion, type VersionGraphs } from './load-version.js';
export { checkGuidelineChangeset, writeGuidelineChangeset, type ChangesetResult } from './changeset/guideline-changeset.js';
export { readChangesetReleases, writeChangeset, type Changeset } from './changeset/changeset-file.js';
export { contentPackageNames } from './changeset/content-packages.js';
