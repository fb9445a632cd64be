export type { PreviewGuideline, SiteLanguage } from './site-input.js';
export { buildSitePages, type SiteFile } from './build-site.js';
export { writeSite } from './write-site.js';
export { servePreview, type PreviewServer } from './serve/preview-server.js';
export { watchSources } from './serve/watch-sources.js';
export { doseReading, type ReadingLine } from './readings/dose-reading.js';
export { conditionText } from './readings/condition-text.js';
