// The English classes decisions 0102, 0109 and 0112 left open that decision 0116 wrote a rule for,
// pinned on sentences written for this file (invented people of invented meetings, or real public
// facts; not held-out sentences), with a guard where the rule could over-reach.
import { describe, expect, it } from 'vitest';
import { englishExtractor, peopleOf, personNamesOf, postsOf, seatsOf } from '../support/extraction-views.ts';

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

  it('"its" with no body in its sentence owns the body of the meeting, not a visiting body named first', () => {
    const e = extract(
      'A delegation of the Vietnam Fatherland Front Central Committee visited Lam Dong on Friday. ' +
        'On Monday the Vietnam Lawyers Association held its sixth national congress in Hanoi. ' +
        'The congress elected Nguyen Van Hung as its chairman.',
    );
    expect(seatsOf(e)).toEqual(['Nguyen Van Hung | Chairman | Vietnam Lawyers Association']);
  });

  it('guard: an election with no meeting that names a body gives the post no body', () => {
    const e = extract(
      'The Quang Tri provincial Veterans’ Association sent gifts to families on Friday. ' +
        'Two vice chairmen were elected: Nguyen Van Hung and Tran Van Quy.',
    );
    expect(seatsOf(e)).toEqual(['Nguyen Van Hung | Vice Chairman | -', 'Tran Van Quy | Vice Chairman | -']);
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

describe('a post’s body owned by a lower-case short form (decision 0116)', () => {
  it('"Head of the military region’s Political Department": the department of the body the owner names', () => {
    const e = extract(
      'Military Region 9 marked the 80th anniversary of its founding in Can Tho on Sunday. ' +
        'Colonel Tran Van Hai, Head of the military region’s Political Department, read the decision.',
    );
    expect(seatsOf(e)).toEqual(['Tran Van Hai | Head | Political Department of Military Region 9']);
    const dept = e.organizations.find((o) => o.name.startsWith('Political Department'));
    expect(dept).toMatchObject({ aliases: ['Political Department'], kind: 'department' });
  });

  it('"the ministry’s Planning Department" and "the association’s Organisation Department": the owner by its head word', () => {
    const e = extract(
      'The Party Committee of the Ministry of Construction and the Ministry of Construction held a review conference on Monday. ' +
        'Nguyen Thi Thu, Director of the ministry’s Planning Department, presented the report. ' +
        'The Ha Tinh provincial Veterans’ Association sent Ho Van Loc, Head of the association’s Organisation Department.',
    );
    expect(seatsOf(e)).toEqual([
      'Ho Van Loc | Head | Organisation Department of the Ha Tinh provincial Veterans’ Association',
      'Nguyen Thi Thu | Director | Planning Department of the Ministry of Construction',
    ]);
  });

  it('an owned body that ends the owner’s own name is the owner: "the youth union’s Central Committee"', () => {
    const e = extract(
      'The Ho Chi Minh Communist Youth Union Central Committee launched the summer volunteer campaign on Sunday. ' +
        'First Secretary of the youth union’s Central Committee Nguyen Van Minh handed flags to the teams.',
    );
    expect(seatsOf(e)).toEqual([
      'Nguyen Van Minh | First Secretary | Ho Chi Minh Communist Youth Union Central Committee',
    ]);
  });

  it('guard: "the ministry’s Party Committee" (a generic body) is read through the anaphor as before', () => {
    const e = extract(
      'The Party Committee of the Ministry of Health held its congress on Monday. ' +
        'Minister of Health Dao Thi Lan, Secretary of the ministry’s Party Committee, chaired the congress.',
    );
    expect(seatsOf(e)).toContain('Dao Thi Lan | Secretary | Party Committee of the Ministry of Health');
  });
});

describe('a minister’s portfolio the ministry table does not know, before a foreign name (decision 0116)', () => {
  it('"Minister of Trade A", "Minister of Trade and Industry A": the portfolio words end the post, the rest is the name', () => {
    const e = extract(
      'Prime Minister Pham Minh Chinh received Singapore’s Minister of Trade and Industry Gan Kim Yong in Ha Noi on Tuesday. ' +
        'Indonesian Minister of Trade Budi Santoso also attended the meeting.',
    );
    expect(personNamesOf(e)).toEqual(['Budi Santoso', 'Gan Kim Yong', 'Pham Minh Chinh']);
    expect(postsOf(e)).toEqual([
      'Budi Santoso | Minister',
      'Gan Kim Yong | Minister',
      'Pham Minh Chinh | Prime Minister',
    ]);
  });

  it('guard: a known ministry and a Vietnamese name after the portfolio read as before', () => {
    const e = extract(
      'Minister of Industry and Trade Nguyen Hong Dien and Minister of Foreign Affairs Sugiono attended the talks.',
    );
    expect(postsOf(e)).toEqual(['Nguyen Hong Dien | Minister', 'Sugiono | Minister']);
  });
});

describe('a summit as the article’s event (decision 0116)', () => {
  it('"joined other ASEAN leaders at the 46th ASEAN Summit on Monday": the summit is the event, dated, and attended', () => {
    // the article is of Monday 1 December 2025
    const e = extract(
      'Prime Minister Pham Minh Chinh on Monday joined other ASEAN leaders at the 46th ASEAN Summit in Kuala Lumpur. ' +
        'He called for a more self-reliant bloc.',
    );
    expect(e.events.map((v) => [v.name, v.date])).toEqual([['46th ASEAN Summit', '2025-12-01']]);
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Pham Minh Chinh']);
  });

  it('"attended the G20 Summit on Saturday": the summit named, dated by its weekday', () => {
    const e = extract('President Luong Cuong attended the G20 Summit in Johannesburg on Saturday.');
    expect(e.events.map((v) => [v.name, v.date])).toEqual([['G20 Summit', '2025-11-29']]);
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Luong Cuong']);
  });

  it('guard: "joined the party" or leaders joined with no "at" is no attendance', () => {
    const e = extract(
      'The provincial Party Committee held a conference on Monday. Tran Van Son joined the Party in 1990, and Le Van Hai joined other leaders in praising the plan.',
    );
    expect(peopleOf(e, 'ATTENDED')).toEqual([]);
  });
});
