import { graphSchema } from '@guideline-as-code/model';
import type { ContentGenerator } from '../../content-generator.js';
import { graphDataModule, graphIdsModule, graphIndexModule } from './graph-modules.js';
import { graphTypesModule } from './graph-types-module.js';

/** The knowledge-graph package: the graph as JSON and typed data, its JSON Schema and types, and accessors. */
export const knowledgeGraphGenerator: ContentGenerator = {
  id: 'knowledge-graph',
  async generate({ package: info, graph }) {
    return {
      modules: {
        'graph-data.ts': graphDataModule(graph, info),
        'graph-ids.ts': graphIdsModule(graph),
        'graph-types.ts': await graphTypesModule(),
        'index.ts': graphIndexModule(info),
      },
      runtime: ['graph-node-types.ts', 'package-info.ts', 'unknown-id.ts'],
      json: {
        // Exactly what `guideline graph --json` prints and `build/graphs/<key>.json` holds.
        'graph.json': graph,
        'graph.schema.json': graphSchema,
      },
    };
  },
};
