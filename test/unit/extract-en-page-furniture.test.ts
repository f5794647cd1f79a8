// English page furniture (decision 0102): bylines with the site's date and time, credits with the
// paper before a slash, a writer after "Story:", agency datelines and sign-offs in brackets, a
// related-links and tag lines. The shapes live in
// ingest/lexicon/en/page-furniture.tsv. Pinned on pages written for this file (invented writers,
// our own sentences), with guards that the story's own people and bodies stay.
import { describe, expect, it } from 'vitest';
import { bodyNamesOf, englishExtractor, personNamesOf } from '../support/extraction-views.ts';

const extract = englishExtractor('2025-12-01');
const STORY =
  'Chairman of the Quang Binh provincial People’s Committee Tran Thang on Monday chaired a meeting on the coastal road project.';

describe('English page furniture is no person and no body (decision 0102)', () => {
  it('a byline with the paper and the site’s date and time: an author, not a person', () => {
    const e = extract(`By Le Thu Ha, VnExpress · November 4, 2025 | 08:15 pm GMT+7\n\n${STORY}`);
    expect(personNamesOf(e)).toEqual(['Tran Thang']);
    expect(e.authors).toContain('Le Thu Ha');
  });

  it('a byline with the date after spaces, and one with the agency after a dash', () => {
    const a = extract(`By Pham Quoc Viet   October 2, 2025 | 10:05 am GMT+7\n\n${STORY}`);
    expect(personNamesOf(a)).toEqual(['Tran Thang']);
    expect(a.authors).toContain('Pham Quoc Viet');
    const b = extract(`By Do Minh Chau – VNA\n\n${STORY}`);
    expect(personNamesOf(b)).toEqual(['Tran Thang']);
    expect(b.authors).toContain('Do Minh Chau');
  });

  it('"Story: A / Photo: B" and "Photo by Paper/Name": both writers are authors', () => {
    const e = extract(
      `${STORY}\n\nThe road crosses three districts. Photo by Tuoitrenews/Vo Hai Yen\n\nStory: Ngo Bich Lien / Photo: Dinh Van Quy`,
    );
    expect(personNamesOf(e)).toEqual(['Tran Thang']);
    expect(e.authors).toEqual(expect.arrayContaining(['Vo Hai Yen', 'Ngo Bich Lien', 'Dinh Van Quy']));
  });

  it('a dateline with the agency in brackets and a sign-off in brackets: no body, the writer an author', () => {
    const e = extract(`Dong Hoi (VNA) – ${STORY}\n\nThe road will open in 2027.\n\nHoang Kim Oanh (VOV)`);
    expect(bodyNamesOf(e)).toEqual(['Quang Binh provincial People’s Committee']);
    expect(personNamesOf(e)).toEqual(['Tran Thang']);
    expect(e.authors).toContain('Hoang Kim Oanh');
  });

  it('guard: a place in capitals before a dash opens the story and is nothing (so before 0102 too)', () => {
    const e = extract(`DONG HOI — ${STORY}`);
    expect(bodyNamesOf(e)).toEqual(['Quang Binh provincial People’s Committee']);
    expect(personNamesOf(e)).toEqual(['Tran Thang']);
  });

  it('related-links headlines and a tags line name nobody of this story', () => {
    const e = extract(
      `${STORY}\n\nRelated news\nDeputy Prime Minister Ho Duc Phoc inspects Quang Tri airport\nNghe An People’s Committee approves port plan\n\nTags: Quang Binh, Tran Van Minh, coastal road`,
    );
    expect(personNamesOf(e)).toEqual(['Tran Thang']);
    expect(bodyNamesOf(e)).toEqual(['Quang Binh provincial People’s Committee']);
  });

  it('guard: a story line that begins with "By" and a name in a sentence stays the story’s', () => {
    const e = extract(
      `${STORY} By June, Secretary of the Quang Binh provincial Party Committee Le Ngoc Quang will inspect the site.`,
    );
    expect(personNamesOf(e)).toEqual(['Le Ngoc Quang', 'Tran Thang']);
  });
});
