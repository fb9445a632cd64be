import { jsonComment } from '../../banner.js';
import type { ContentGenerator } from '../../content-generator.js';
import { readRegimens } from './read-regimens.js';
import { regimenDataModule, regimenIdsModule, regimensIndexModule } from './regimen-modules.js';
import { publishedSchema } from '../../schema/content-schemas.js';

/** The regimens package: typed `as const` data, `RegimenId`, the dose calculator over it, JSON and its schema. */
export const regimensGenerator: ContentGenerator = {
  id: 'regimens',
  generate({ package: info, index }) {
    const regimens = readRegimens(index);
    const origin = `guideline-src/${info.guideline.key}`;
    return {
      modules: {
        'index.ts': regimensIndexModule(info),
        'regimen-data.ts': regimenDataModule(regimens, info),
        'regimen-ids.ts': regimenIdsModule(regimens),
      },
      runtime: ['package-info.ts', 'regimen-doses.ts', 'regimen-types.ts', 'unknown-id.ts'],
      json: {
        'regimens.json': { $comment: jsonComment(origin), package: info, regimens },
        'regimens.schema.json': publishedSchema('regimens', info.name, origin),
      },
    };
  },
};
