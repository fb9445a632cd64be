import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type {} from 'mdast-util-directive';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import type { Handler, State } from 'mdast-util-to-hast';
import { sitePaths } from '../pages/site-paths.js';

/** What the directive blocks show besides their content, found by the block's source offset. */
export interface DirectiveContext {
  /** The readable condition of the rule a `::villkor[…]` line states, with the rule's key. */
  conditionAt(offset: number): { key: string; text: string; label: string } | undefined;
  regimenLabel: string;
}

/**
 * remark-rehype handlers for the convention's directives: a recommendations box, a regimen
 * box (its label links to the regimen's page) and a rule's condition in readable words.
 */
export function directiveHandlers(context: DirectiveContext): Record<'containerDirective' | 'leafDirective', Handler> {
  return {
    containerDirective: (state: State, node: ContainerDirective): Element => {
      const label = node.children.find((child) => child.type === 'paragraph' && child.data?.directiveLabel === true);
      const body = node.children.filter((child) => child !== label);
      const title = label ? state.all(label) : [];
      const id = node.attributes?.['id'] ?? undefined;
      const heading: ElementContent =
        node.name === 'regimen' && id
          ? h('p.box-title', [`${context.regimenLabel}: `, h('a', { href: sitePaths.regimen(id) }, title)])
          : h('p.box-title', title);
      const element = h(`section.box.box-${node.name}`, { ...(node.name === 'regimen' && id ? { id: `regimen-${id}` } : {}) }, [heading, ...state.all({ ...node, children: body })]);
      state.patch(node, element);
      return element;
    },
    leafDirective: (state: State, node: LeafDirective): Element => {
      const condition = node.position ? context.conditionAt(node.position.start.offset ?? -1) : undefined;
      const element = condition
        ? h('p.condition', { dataRule: condition.key }, [h('span.condition-label', `${condition.label}: `), condition.text, ' ', h('code.condition-source', state.all(node))])
        : h(`p.directive-${node.name}`, state.all(node));
      return element;
    },
  } as unknown as Record<'containerDirective' | 'leafDirective', Handler>;
}
