import { contentKey } from '../cache/parse-cache.js';
import { PhraseMatcher, type Phrase } from './phrase-matcher.js';

/** Matchers built in this process, by the phrases they were built from: the last few suffice (one guideline's drugs and mentions, a few guidelines). */
const built = new Map<string, PhraseMatcher<unknown>>();
const kept = 8;

/**
 * A matcher for `phrases`, the same one for the same phrases. A guideline is read again on
 * every edit in an editor, with the same lexicon, trials and patient facts; indexing their
 * phrases again each time is a fair share of an edit. A matcher is never changed once built.
 */
export function sharedMatcher<T>(phrases: readonly Phrase<T>[]): PhraseMatcher<T> {
  const key = contentKey(JSON.stringify(phrases));
  let matcher = built.get(key) as PhraseMatcher<T> | undefined;
  if (!matcher) {
    matcher = new PhraseMatcher(phrases);
    if (built.size >= kept) built.delete(built.keys().next().value!);
    built.set(key, matcher as PhraseMatcher<unknown>);
  }
  return matcher;
}
