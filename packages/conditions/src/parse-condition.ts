import type { LocalizedText } from '@guideline-as-code/types';
import type { Condition, FactValue } from './condition.js';
import { checkFact, checkValue, type FactDeclaration } from './fact-declaration.js';
import { tokenize, type Token } from './tokenize.js';

/** A problem in a condition, at [start, end) of its text, in both languages. */
export interface ConditionProblem extends LocalizedText {
  start: number;
  end: number;
}

export type ParseResult = { condition: Condition; problem: null } | { condition: null; problem: ConditionProblem };

const keywords = {
  or: ['eller', 'or'],
  and: ['och', 'and'],
  not: ['inte', 'not'],
  is: ['är', 'is', '='],
  always: ['alltid', 'always'],
  unknown: ['okänd', 'okänt', 'unknown'],
  oneOf: [['en', 'av'], ['ett', 'av'], ['någon', 'av'], ['one', 'of']],
} as const;
const booleans: Record<string, boolean> = { ja: true, yes: true, true: true, nej: false, no: false, false: false };
const comparators = new Set(['<', '<=', '>', '>=']);
const maxDepth = 50;

class ParseError extends Error {
  constructor(readonly problem: ConditionProblem) {
    super(problem.en);
  }
}

/**
 * Parses the condition language, Swedish or English:
 * `mmr-status är dMMR och prior-platinum är ja`, `months-since-platinum >= 6`,
 * `recurrence-site är en av [vaginal-vault, central-pelvis]`, `inte (… eller …)`,
 * `mmr-status är okänd`, `alltid`. `och` binds tighter than `eller`.
 */
export function parseCondition(text: string, facts?: readonly FactDeclaration[]): ParseResult {
  const { tokens, badAt } = tokenize(text);
  if (badAt !== null) return failure(problem({
    en: `Cannot read \`${text.slice(badAt, badAt + 1)}\` here.`,
    sv: `Kan inte läsa \`${text.slice(badAt, badAt + 1)}\` här.`,
  }, badAt, badAt + 1));
  const parser = new Parser(tokens, facts && new Map(facts.map((fact) => [fact.id, fact])));
  try {
    const condition = parser.parseOr(0);
    parser.expectEnd();
    return { condition, problem: null };
  } catch (error) {
    if (error instanceof ParseError) return failure(error.problem);
    throw error;
  }
}

function failure(p: ConditionProblem): ParseResult {
  return { condition: null, problem: p };
}

function problem(message: LocalizedText, start: number, end: number): ConditionProblem {
  return { ...message, start, end };
}

class Parser {
  private at = 0;
  constructor(
    private readonly tokens: Token[],
    /** Declared facts; when given, every fact and value is checked against them. */
    private readonly facts: ReadonlyMap<string, FactDeclaration> | undefined,
  ) {}

  parseOr(depth: number): Condition {
    const args = [this.parseAnd(depth)];
    while (this.isWord(keywords.or)) {
      this.at++;
      args.push(this.parseAnd(depth));
    }
    return args.length === 1 ? args[0]! : { op: 'or', args };
  }

  expectEnd(): void {
    const token = this.peek();
    if (token.kind !== 'end') this.fail(token, {
      en: `Expected \`och\`, \`eller\` or the end, found \`${token.text}\`.`,
      sv: `Förväntade \`och\`, \`eller\` eller slut, fann \`${token.text}\`.`,
    });
  }

  private parseAnd(depth: number): Condition {
    const args = [this.parseNot(depth)];
    while (this.isWord(keywords.and)) {
      this.at++;
      args.push(this.parseNot(depth));
    }
    return args.length === 1 ? args[0]! : { op: 'and', args };
  }

  private parseNot(depth: number): Condition {
    if (depth > maxDepth) this.fail(this.peek(), { en: 'The condition is nested too deeply.', sv: 'Villkoret är för djupt nästlat.' });
    if (this.isWord(keywords.not)) {
      this.at++;
      return { op: 'not', arg: this.parseNot(depth + 1) };
    }
    if (this.isSymbol('(')) {
      this.at++;
      const inner = this.parseOr(depth + 1);
      this.expectSymbol(')');
      return inner;
    }
    if (this.isWord(keywords.always)) {
      this.at++;
      return { op: 'always' };
    }
    return this.parseComparison();
  }

  private parseComparison(): Condition {
    const fact = this.next();
    if (fact.kind !== 'word') this.fail(fact, {
      en: `Expected a patient fact such as \`mmr-status\`, found \`${fact.text || 'the end'}\`.`,
      sv: `Förväntade ett patientfaktum som \`mmr-status\`, fann \`${fact.text || 'slutet'}\`.`,
    });
    const declaration = this.declared(fact);
    const operator = this.peek();
    if (operator.kind === 'symbol' && comparators.has(operator.text)) {
      this.at++;
      const value = this.next();
      if (value.kind !== 'number') this.fail(value, { en: `\`${operator.text}\` needs a number.`, sv: `\`${operator.text}\` kräver ett tal.` });
      this.checked(declaration, Number(value.text), value);
      return { op: 'compare', fact: fact.text, comparator: operator.text as '<', value: Number(value.text) };
    }
    if (operator.kind === 'symbol' && operator.text === '!=') {
      this.at++;
      return { op: 'not', arg: { op: 'is', fact: fact.text, value: this.parseValue(declaration) } };
    }
    if (!this.isWord(keywords.is)) this.fail(operator, {
      en: `Expected \`är\`, \`=\`, \`<\` or \`>\` after \`${fact.text}\`.`,
      sv: `Förväntade \`är\`, \`=\`, \`<\` eller \`>\` efter \`${fact.text}\`.`,
    });
    this.at++;
    const negated = this.isWord(keywords.not);
    if (negated) this.at++;
    const positive = this.parseIsTarget(fact.text, declaration);
    return negated ? { op: 'not', arg: positive } : positive;
  }

  private parseIsTarget(fact: string, declaration: FactDeclaration | undefined): Condition {
    if (this.isWord(keywords.unknown)) {
      this.at++;
      return { op: 'unknown', fact };
    }
    const phrase = keywords.oneOf.find(([a, b]) => this.isWordAt(this.at, a) && this.isWordAt(this.at + 1, b));
    if (phrase) {
      this.at += 2;
      return { op: 'oneOf', fact, values: this.parseList(declaration) };
    }
    return { op: 'is', fact, value: this.parseValue(declaration) };
  }

  private parseList(declaration: FactDeclaration | undefined): FactValue[] {
    const open = this.peek();
    if (!this.isSymbol('[') && !this.isSymbol('(')) this.fail(open, { en: 'A list of values is written `[a, b]`.', sv: 'En lista med värden skrivs `[a, b]`.' });
    const close = open.text === '[' ? ']' : ')';
    this.at++;
    const values = [this.parseValue(declaration)];
    while (this.isSymbol(',')) {
      this.at++;
      values.push(this.parseValue(declaration));
    }
    this.expectSymbol(close);
    return values;
  }

  private parseValue(declaration: FactDeclaration | undefined): FactValue {
    const token = this.next();
    if (token.kind !== 'number' && token.kind !== 'word') this.fail(token, {
      en: `Expected a value, found \`${token.text || 'the end'}\`.`,
      sv: `Förväntade ett värde, fann \`${token.text || 'slutet'}\`.`,
    });
    const value = token.kind === 'number' ? Number(token.text) : (booleans[token.text.toLowerCase()] ?? token.text);
    return this.checked(declaration, value, token);
  }

  /** The declaration of a fact; an undeclared fact is an error when facts are given. */
  private declared(token: Token): FactDeclaration | undefined {
    if (!this.facts) return undefined;
    const problemText = checkFact(token.text, this.facts);
    if (problemText) this.fail(token, problemText);
    return this.facts.get(token.text);
  }

  private checked(declaration: FactDeclaration | undefined, value: FactValue, token: Token): FactValue {
    const problemText = declaration ? checkValue(declaration, value) : null;
    if (problemText) this.fail(token, problemText);
    return value;
  }

  private expectSymbol(symbol: string): void {
    const token = this.peek();
    if (!this.isSymbol(symbol)) this.fail(token, {
      en: `Expected \`${symbol}\`, found \`${token.text || 'the end'}\`.`,
      sv: `Förväntade \`${symbol}\`, fann \`${token.text || 'slutet'}\`.`,
    });
    this.at++;
  }

  private peek(): Token {
    return this.tokens[this.at] ?? this.tokens[this.tokens.length - 1]!;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.at++;
    return token;
  }

  private isWord(words: readonly string[]): boolean {
    return this.isWordAt(this.at, ...words);
  }

  private isWordAt(at: number, ...words: readonly string[]): boolean {
    const token = this.tokens[at];
    return token !== undefined && (token.kind === 'word' || token.kind === 'symbol') && words.includes(token.text.toLowerCase());
  }

  private isSymbol(symbol: string): boolean {
    const token = this.peek();
    return token.kind === 'symbol' && token.text === symbol;
  }

  private fail(token: Token, message: LocalizedText): never {
    throw new ParseError(problem(message, token.start, Math.max(token.end, token.start + 1)));
  }
}
