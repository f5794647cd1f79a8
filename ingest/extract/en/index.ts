import type { Recogniser } from '../../types.ts';

// Placeholder recogniser: finds nothing until the en recogniser lands.
const recogniser: Recogniser = {
  language: 'en',
  segment: (article) => [{ index: 0, paragraph: 0, start: 0, end: article.text.length }],
  extract: () => ({ persons: [], organizations: [], documents: [], events: [], relations: [], authors: [] }),
};
export default recogniser;
