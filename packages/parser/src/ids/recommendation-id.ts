import type { ListItem } from 'mdast';
import { ruleDirectiveNames } from '../chapter/read-rule.js';

/**
 * The id a recommendation bullet publishes: the id of the decision rule written in it
 * (`::villkor[…]{#forsta-linjens-cytostatika}` gives `recommendation:forsta-linjens-cytostatika`).
 * The rule is the part of the bullet an app acts on, and its id is already written by the
 * editor, so the recommendation takes it instead of a second id that could drift from it.
 * Null when the bullet has no rule with an id (reported as `missing-id`).
 */
export function recommendationKeyOf(item: ListItem): string | null {
  for (const child of item.children) {
    if (child.type !== 'leafDirective' || !ruleDirectiveNames.has(child.name)) continue;
    const id = child.attributes?.['id'];
    if (id) return id;
  }
  return null;
}
