import { contentKey } from '../cache/parse-cache.js';
import { PhraseMatcher, type Phrase } from './phrase-matcher.js';

/** Matchers built in this process, by the phrases they were built from: the last few suffice (one guideline's drugs and mentions, a few guidelines). */
const built = new Map<string, PhraseMatcher<unknown>>();
const kept = 8;

/**
 * Matchers by the objects their phrases were made from, one WeakMap level per object; one tree
 * per number of objects, so that a matcher kept for `[a]` is never read as the level of `[a, b]`.
 */
const byOrigin = new Map<number, WeakMap<object, unknown>>();

/**
 * A matcher for `phrases`, the same one for the same phrases. A guideline is read again on
 * every edit in an editor, with the same lexicon, trials and patient facts; indexing their
 * phrases again each time is a fair share of an edit. A matcher is never changed once built.
 *
 * `origin` lists the objects the phrases were made from and nothing else (the compiled lexicon,
 * the trials and patient facts as read), which the parse cache hands back unchanged while their
 * files are: the same objects find their matcher without hashing the phrases (a few ms per
 * edit). Other objects with the same content find it by the phrases' content.
 */
export function sharedMatcher<T>(phrases: readonly Phrase<T>[], origin: readonly object[] = []): PhraseMatcher<T> {
  const known = origin.length > 0 ? (lookUp(origin) as PhraseMatcher<T> | undefined) : undefined;
  if (known) return known;
  const key = contentKey(JSON.stringify(phrases));
  let matcher = built.get(key) as PhraseMatcher<T> | undefined;
  if (!matcher) {
    matcher = new PhraseMatcher(phrases);
    if (built.size >= kept) built.delete(built.keys().next().value!);
    built.set(key, matcher as PhraseMatcher<unknown>);
  }
  if (origin.length > 0) keep(origin, matcher);
  return matcher;
}

function lookUp(origin: readonly object[]): unknown {
  let level: unknown = byOrigin.get(origin.length);
  for (const object of origin) level = (level as WeakMap<object, unknown> | undefined)?.get(object);
  return level;
}

function keep(origin: readonly object[], matcher: PhraseMatcher<unknown>): void {
  let level = byOrigin.get(origin.length);
  if (level === undefined) byOrigin.set(origin.length, (level = new WeakMap()));
  for (const [index, object] of origin.entries()) {
    if (index === origin.length - 1) return void level.set(object, matcher);
    let next = level.get(object) as WeakMap<object, unknown> | undefined;
    if (next === undefined) level.set(object, (next = new WeakMap()));
    level = next;
  }
}
