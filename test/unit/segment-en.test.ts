// English sentence segmentation (compromise's splitter plus the project's boundaries): sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../ingest/clean.ts';
import { segmentEnglish } from '../../ingest/extract/en/segment.ts';

function sentences(text: string): string[] {
  const article = cleanArticle({ id: 't', url: null, language: 'en', publishedAt: null, title: null, text });
  return segmentEnglish(article).map((s) => article.text.slice(s.start, s.end));
}

describe('English sentence segmentation', () => {
  it('ends a sentence after a Roman numeral that numbers a period (decision 0034)', () => {
    expect(
      sentences('Exports grew 7 percent in Quarter I. The provincial committee praised the result.'),
    ).toEqual(['Exports grew 7 percent in Quarter I.', 'The provincial committee praised the result.']);
    expect(sentences('The plan is set out in Part V. Its second half covers trade.')).toHaveLength(2);
    expect(
      sentences('The law was passed by the National Assembly of Term X. It took effect in July.'),
    ).toEqual(['The law was passed by the National Assembly of Term X.', 'It took effect in July.']);
    // The opening quote stays behind, as compromise leaves it after any full stop.
    expect(sentences('Chapter I. "The Party leads," the text begins.')).toEqual([
      'Chapter I. "',
      'The Party leads," the text begins.',
    ]);
  });

  it('still keeps initials and abbreviations inside their sentence', () => {
    expect(sentences('The delegation included A. B. Nguyen and others. They left on Monday.')).toEqual([
      'The delegation included A. B. Nguyen and others.',
      'They left on Monday.',
    ]);
    expect(sentences('Sr. Lt. Gen. Nguyen Van Nam met Mr. Tran on Friday.')).toHaveLength(1);
    expect(sentences('The Secretariat issued Resolution No. 18-NQ/TW on the matter.')).toHaveLength(1);
    // A lone capital after a word that numbers no period is still an initial.
    expect(sentences('He met Nguyen V. Nam in Hanoi.')).toHaveLength(1);
  });
});
