/**
 * Keys that could reach an object's prototype when YAML or JSON becomes JavaScript data. The
 * one list of the toolchain: the YAML and the JSON reader both leave them out and report them.
 */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
