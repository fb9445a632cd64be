import type { ElementContent } from 'hast';
import { h } from 'hastscript';

/** A message as the checks write it, with `values in backticks` shown as code. */
export function withInlineCode(message: string): ElementContent[] {
  return message.split('`').map((part, index) => (index % 2 === 1 ? h('code', part) : { type: 'text', value: part }));
}
