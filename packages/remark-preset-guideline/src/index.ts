import type { Preset } from 'unified';
import { remarkGuidelineSyntax } from '@guideline-as-code/parser';
import { remarkGuidelineLint } from './remark-guideline-lint.js';

/**
 * The preset: our Markdown syntax (GFM, front matter, container directives) and the rules.
 * Use in `.remarkrc`: `{ "plugins": ["@guideline-as-code/remark-preset-guideline"] }`.
 */
const remarkPresetGuideline: Preset = {
  plugins: [...remarkGuidelineSyntax.plugins, remarkGuidelineLint],
};

export default remarkPresetGuideline;
export { remarkGuidelineLint, type GuidelineLintOptions } from './remark-guideline-lint.js';
// The warm sources are shared with @guideline-as-code/language-server, which keeps a guideline loaded the same way.
export { warmGuideline, WarmGuideline, type GuidelineOnDisk } from './warm-guideline.js';
export { RunCache } from './run-cache.js';
