// The English classes of the fourteenth held-out batch (test/fixtures/en-heldout 217–224, eight
// real-length articles written before any rule saw them; decision 0109) that a rule was written
// for, pinned on sentences written for this file (invented names, our own wording; not the
// held-out sentences), with a guard where the rule could over-reach.
import { describe, expect, it } from 'vitest';
import { englishExtractor, peopleOf, personNamesOf, postsOf } from '../support/extraction-views.ts';

const extract = englishExtractor('2025-12-01');

describe('English classes of the fourteenth held-out batch (decision 0109)', () => {
  it('"elected A Post of …" with no comma: the name ends where the post begins, and A holds it', () => {
    const e = extract(
      'The Executive Committee of the Quang Binh provincial Party Committee met on Monday. ' +
        'The meeting elected Dinh Thi Hue Chairwoman of the provincial Women’s Union and appointed ' +
        'Truong Van Kiet Director of the provincial Department of Finance.',
    );
    expect(personNamesOf(e)).toEqual(['Dinh Thi Hue', 'Truong Van Kiet']);
    expect(postsOf(e)).toEqual(['Dinh Thi Hue | Chairwoman', 'Truong Van Kiet | Director']);
  });

  it('guard: after "named", a name run into a capitalised word that begins no post is still a place', () => {
    const e = extract(
      'In 1955 the city named Tran Hung Dao Street and Le Loi Boulevard after two national heroes.',
    );
    expect(personNamesOf(e)).toEqual([]);
  });

  it('one who "told reporters on the sidelines of the congress" attends it; "on the sidelines, A met B" is no cue', () => {
    const e = extract(
      'The Quang Binh provincial Farmers’ Union opened its 10th congress on Monday. ' +
        'Le Thi Thu, Chairwoman of the union, chaired the congress. ' +
        'Nguyen Van Hau, Director of the provincial Department of Agriculture, told reporters on the sidelines of the congress that the rice crop had doubled. ' +
        'On the sidelines, Tran Van Son, Director of the provincial Department of Finance, visited a farm outside the city.',
    );
    expect(peopleOf(e, 'CHAIRED')).toEqual(['Le Thi Thu']);
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Nguyen Van Hau']);
  });
});

describe('English classes batch 14 left open, the first rules (decision 0112)', () => {
  it('"A was re-elected Secretary of …": the post of a passive re-election goes to the name before it', () => {
    const e = extract(
      'The Party Organisation of the Ninh Binh provincial police held its congress on Saturday. ' +
        'Colonel Ha Van Truong was re-elected Secretary of the Party Committee of the provincial police, and ' +
        'Lieutenant Colonel Mai Thi Nga was elected Deputy Secretary.',
    );
    expect(postsOf(e)).toEqual(['Ha Van Truong | Secretary', 'Mai Thi Nga | Deputy Secretary']);
  });

  it('guard: "A re-elected B Secretary" in the active still gives the post to B, not to A', () => {
    const e = extract(
      'On Saturday the congress re-elected Ha Van Truong Secretary of the provincial Party Committee.',
    );
    expect(postsOf(e)).toEqual(['Ha Van Truong | Secretary']);
  });

  it('a relative clause about a past chair ("who chaired the former …", "who once chaired") is no CHAIRED', () => {
    const e = extract(
      'The Ninh Binh provincial People’s Council opened its session on Tuesday. ' +
        'Dinh Van Lam, who chaired the former Ha Nam provincial People’s Council, attended the session. ' +
        'Pham Thi Hoa, who once chaired the provincial Women’s Union, also attended. ' +
        'Truong Quoc Viet, Chairman of the provincial People’s Council, chaired the session.',
    );
    expect(peopleOf(e, 'CHAIRED')).toEqual(['Truong Quoc Viet']);
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Dinh Van Lam', 'Pham Thi Hoa']);
  });

  it('a meeting held "from Friday to Sunday" is dated by its first day, as "4-6 December" is', () => {
    // the article is of Monday 1 December 2025: Friday is 28 November
    const span = extract(
      'The Lai Chau provincial Party Organisation held its 15th congress from Friday to Sunday. ' +
        'Giang Pao My, Secretary of the provincial Party Committee, chaired the congress.',
    );
    expect(span.events.map((v) => [v.name, v.date])).toEqual([['15th congress', '2025-11-28']]);
    const days = extract(
      'The Lai Chau provincial Party Organisation held its 15th congress on 26-28 November. ' +
        'Giang Pao My chaired the congress.',
    );
    expect(days.events.map((v) => v.date)).toEqual(['2025-11-26']);
  });

  it('the judge who "heads the trial panel" chairs the trial; a panel discussion is no cue', () => {
    const e = extract(
      'The Dong Nai provincial People’s Court opened the first-instance trial of six defendants on Friday. ' +
        'Judge Le Minh Tam headed the trial panel. ' +
        'Tran Van Hieu, Director of the provincial Department of Justice, led the panel discussion after the verdict.',
    );
    expect(peopleOf(e, 'CHAIRED')).toEqual(['Le Minh Tam']);
  });

  it('"A co-chaired the conference with B": both chair it; a comma ends the reach of "with"', () => {
    const e = extract(
      'The Viet Nam – Cambodia trade conference opened in Can Tho on Friday. ' +
        'Deputy Prime Minister Ho Duc Phoc co-chaired the conference with Cambodian Deputy Prime Minister Sun Chanthol.',
    );
    expect(peopleOf(e, 'CHAIRED')).toEqual(['Ho Duc Phoc', 'Sun Chanthol']);
    const guard = extract(
      'The Viet Nam – Cambodia trade conference opened in Can Tho on Friday. ' +
        'Deputy Prime Minister Ho Duc Phoc co-chaired the conference, then talked with Tran Van Lam, Chairman of the city People’s Committee.',
    );
    expect(peopleOf(guard, 'CHAIRED')).toEqual(['Ho Duc Phoc']);
  });
});
