// Seeded random texts for tests that hold a fast form to the slow one it replaces: a linear
// congruential generator, so a failing text is the same on every run.

/** `length` pieces of `alphabet` (characters or longer strings), chosen by the seed. */
export function randomText(seed: number, alphabet: readonly string[], length: number): string {
  let state = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out += alphabet[state % alphabet.length];
  }
  return out;
}
