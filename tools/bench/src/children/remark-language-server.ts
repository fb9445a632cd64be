// The peer of the language-server benchmark: unified-language-server set up as
// remark-language-server sets it up (which is not in the npm registry we can reach). The
// project's `.remarkrc.mjs`, written by the benchmark, gives it remark-preset-lint-recommended.
import { remark } from 'remark';
import { createUnifiedLanguageServer } from 'unified-language-server';

createUnifiedLanguageServer({
  configurationSection: 'remark',
  defaultProcessor: remark,
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  processorName: 'remark',
  processorSpecifier: 'remark',
  rcName: '.remarkrc',
});
