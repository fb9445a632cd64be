import { describe, expect, it } from 'vitest';
import { unknownIdError } from './unknown-id.js';

describe('unknownIdError', () => {
  it('names the id in backticks, exactly as given, even when it looks like a replacement pattern', () => {
    expect(unknownIdError('No rule {id} in the guideline.', 'karpack').message).toBe('No rule `karpack` in the guideline.');
    expect(unknownIdError('No rule {id}.', '$&$1{id}').message).toBe('No rule `$&$1{id}`.');
    expect(unknownIdError('No rule {id}.', 42)).toBeInstanceOf(TypeError);
  });
});
