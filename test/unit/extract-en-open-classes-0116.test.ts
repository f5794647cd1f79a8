// The English classes decisions 0102, 0109 and 0112 left open that decision 0116 wrote a rule for,
// pinned on sentences written for this file (invented people of invented meetings, or real public
// facts; not held-out sentences), with a guard where the rule could over-reach.
import { describe, expect, it } from 'vitest';
import { englishExtractor, seatsOf } from '../support/extraction-views.ts';

const extract = englishExtractor('2025-12-01');

describe('elections written around the name (decision 0116)', () => {
  it('"elected A as its chairman": the post in lower case, in the body "its" owns', () => {
    const e = extract(
      'The Quang Tri provincial Veterans’ Association held its eighth congress on Saturday, ' +
        'electing Colonel Le Van Thanh as its chairman.',
    );
    expect(seatsOf(e)).toEqual(['Le Van Thanh | Chairman | Quang Tri provincial Veterans’ Association']);
  });

  it('"its" with no body before it in the sentence owns the body the article named first', () => {
    const e = extract(
      'The Ha Tinh provincial Farmers’ Union opened its congress on Friday. ' +
        'The congress re-elected Tran Thi Hoai as its chairwoman.',
    );
    expect(seatsOf(e)).toEqual(['Tran Thi Hoai | Chairwoman | Ha Tinh provincial Farmers’ Union']);
  });

  it('a plural post in lower case before "were elected:" and its list, and a list "were elected" a plural post', () => {
    const e = extract(
      'The Quang Tri provincial Veterans’ Association held its eighth congress on Saturday. ' +
        'Two vice chairmen were elected: Ho Van Loc, Head of the association’s Organisation Department, and Tran Van Quy. ' +
        'Nguyen Thi Dao and Pham Thi Mai were elected vice chairwomen.',
    );
    expect(seatsOf(e).filter((s) => s.includes('| Vice'))).toEqual([
      'Ho Van Loc | Vice Chairman | Quang Tri provincial Veterans’ Association',
      'Nguyen Thi Dao | Vice Chairwoman | Quang Tri provincial Veterans’ Association',
      'Pham Thi Mai | Vice Chairwoman | Quang Tri provincial Veterans’ Association',
      'Tran Van Quy | Vice Chairman | Quang Tri provincial Veterans’ Association',
    ]);
  });

  it('guard: "its chairman" with no election, and "chairmen" in running text, give no post', () => {
    const e = extract(
      'The Quang Tri provincial Veterans’ Association held its congress on Saturday. ' +
        'Le Van Thanh thanked its chairman for the report. ' +
        'Several vice chairmen of communes spoke, and Ho Van Loc said the union had grown.',
    );
    expect(seatsOf(e)).toEqual([]);
  });

  it('guard: "re-elected A as General Secretary" already gave the post, and still does', () => {
    const e = extract('The 13th Party Central Committee re-elected To Lam as General Secretary on Monday.');
    expect(seatsOf(e).map((s) => s.split(' | ').slice(0, 2).join(' | '))).toEqual([
      'To Lam | General Secretary',
    ]);
  });
});
