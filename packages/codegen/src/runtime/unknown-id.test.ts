import { describe, expect, it } from 'vitest';
import { unknownIdError } from './unknown-id.js';

describe('unknownIdError', () => {
  it('names the id in backticks, exactly as given, even when it looks like a replacement pattern', () => {
    expect(unknownIdError('No rule {id} in the guideline.', 'karpack').message).toBe('No rule `karpack` in the guideline.');
    expect(unknownIdError('No rule {id}.', '$&$1{known}').message).toBe('No rule `$&$1{known}`.');
    expect(unknownIdError('No rule {id}.', 42)).toBeInstanceOf(TypeError);
  });

  it('lists the ids there are where the message asks for them', () => {
    expect(unknownIdError('Unknown regimen id {id}; the regimens are {known}.', 'x', ['karpak', 'doxorubicin']).message).toBe(
      'Unknown regimen id `x`; the regimens are karpak, doxorubicin.',
    );
  });
});
