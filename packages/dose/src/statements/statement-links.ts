import type { DoseLink } from '../dose-types.js';
import type { Element } from '../grammar/scan-elements.js';
import type { TokenStream } from '../grammar/token-stream.js';

/** What a token between two statements contributes to their link. */
type Role = DoseLink | 'neutral';

/** At most this many tokens may stand between two statements that are linked. */
const MAX_LINK_GAP = 8;

/**
 * Knows which tokens are joining words (`+`, `eller`, `/`, `följt av`) or neutral
 * punctuation, so that the link between two statements can be read off the tokens between
 * them: only joiners and punctuation may stand there.
 */
export class StatementLinks {
  private readonly roles: (Role | undefined)[];

  constructor(
    private readonly stream: TokenStream,
    elements: readonly Element[],
  ) {
    this.roles = new Array<Role | undefined>(stream.length);
    for (const element of elements) {
      if (element.kind !== 'joiner') continue;
      for (let i = element.first; i < element.next; i++) this.roles[i] = element.link;
    }
  }

  /** The link of a statement starting at token `first` to one ending before token `previousNext`. */
  between(previousNext: number, first: number): DoseLink | null {
    if (first - previousNext > MAX_LINK_GAP) return null;
    let link: DoseLink | null = null;
    for (let i = previousNext; i < first; i++) {
      const role = this.roles[i] ?? (this.stream.isPunct(i, '(', ')', ',') ? 'neutral' : undefined);
      if (role === undefined) return null;
      if (role !== 'neutral') link = role;
    }
    return link;
  }
}
