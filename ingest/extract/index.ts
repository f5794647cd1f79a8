// Chooses the recogniser for an article's language. Both implement the one Recogniser interface.
import type { Language, Recogniser } from '../types.ts';
import vi from './vi/index.ts';
import en from './en/index.ts';

const RECOGNISERS: Record<Language, Recogniser> = { vi, en };

export function recogniserFor(language: Language): Recogniser {
  return RECOGNISERS[language];
}
