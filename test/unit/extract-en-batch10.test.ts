// The English classes decision 0081 left open and the tenth held-out batch (test/fixtures/en-heldout
// 158–, written before any rule saw it; decision 0086) showed missing, each pinned on sentences
// written for this file (public facts, our own wording; not the held-out sentences), with a guard
// where a rule could over-reach.
import { describe, expect, it } from 'vitest';
import {
  bodyNamesOf as bodies,
  englishExtractor,
  peopleOf as people,
  personNamesOf,
  postsOf,
  seatsOf,
} from '../support/extraction-views.ts';

const extract = englishExtractor('2025-11-20');

describe('English companies written with no head noun (decision 0086)', () => {
  it('a company after "a delegation from" is a body; a country or a foreign capital there is a place', () => {
    const e = extract(
      'Deputy Prime Minister Nguyen Chi Dung on Tuesday received a delegation from Qualcomm. ' +
        'He also received a delegation from Singapore and a delegation from Vientiane.',
    );
    expect(bodies(e)).toEqual(['Qualcomm']);
  });

  it('a company a licence is handed over to is a body; a Vietnamese province there is not', () => {
    const e = extract(
      'Chairman of the Bac Giang provincial People’s Committee Nguyen Van Gau on Friday handed over the investment certificate to Amkor Technology. ' +
        'He also presented the decision to Bac Giang.',
    );
    expect(bodies(e)).toEqual(['Amkor Technology', 'Bac Giang provincial People’s Committee']);
  });

  it('a name defined by its acronym in brackets is a body, and its head’s post takes it; a measure there is not', () => {
    const e = extract(
      'Vietnam Airlines (VNA) on Monday held a conference in Ha Noi. VNA Chairman Dang Ngoc Hoa chaired the conference. ' +
        'Official Development Assistance (ODA) and Ho Chi Minh City (HCMC) were discussed.',
    );
    expect(bodies(e)).toEqual(['Vietnam Airlines']);
    expect(seatsOf(e)).toEqual(['Dang Ngoc Hoa | Chairman | Vietnam Airlines']);
  });

  it('a company whose post follows its possessive is a body; a country’s possessive is not', () => {
    const e = extract(
      'Prime Minister Pham Minh Chinh on Monday received Nvidia’s Chairman Jensen Huang in Ha Noi. ' +
        'Japan’s Ambassador Ito Naoki also attended the reception.',
    );
    expect(bodies(e)).toEqual(['Nvidia']);
  });

  it('a longer capitalised run after "from" (a title) names no company', () => {
    const e = extract(
      'The minister received a delegation from Blue Ocean Green Growth Partners Asia on Monday.',
    );
    expect(bodies(e)).toEqual([]);
  });
});

describe('A province’s National Assembly delegation (decision 0086)', () => {
  it('"the National Assembly delegation of <province>" is a body and its head and deputy head hold posts in it', () => {
    const e = extract(
      'Deputies of the National Assembly delegation of Ninh Binh province on Saturday met voters of Hoa Lu ward. ' +
        'Head of the delegation Tran Hong Thai said the session would debate eight laws. ' +
        'Deputy head of the delegation Mai Van Tuat also spoke.',
    );
    expect(bodies(e)).toEqual(['National Assembly delegation of Ninh Binh province']);
    expect(seatsOf(e)).toEqual([
      'Mai Van Tuat | Deputy head | National Assembly delegation of Ninh Binh province',
      'Tran Hong Thai | Head | National Assembly delegation of Ninh Binh province',
    ]);
  });

  it('guard: "a member of the delegation" takes part and holds no post in it', () => {
    const e = extract(
      'A working delegation of the Politburo led by Politburo member Tran Cam Tu worked with the Standing Board of the Ninh Binh provincial Party Committee on Monday. ' +
        'Deputy Minister of Home Affairs Vu Chien Thang, a member of the delegation, spoke at the session.',
    );
    expect(seatsOf(e)).toEqual([
      'Tran Cam Tu | Politburo member | Politburo',
      'Vu Chien Thang | Deputy Minister | -',
    ]);
  });

  it('guard: "the National Assembly delegation" with no place after it stays the Assembly', () => {
    const e = extract('The National Assembly delegation visited Laos on Monday.');
    expect(bodies(e)).toEqual(['National Assembly']);
  });
});

describe('A body named only with its term (decision 0086)', () => {
  it('"the 15th National Assembly" with no bare form beside it is the National Assembly', () => {
    const e = extract(
      'Deputies of the National Assembly delegation of Ninh Binh province on Saturday met voters of Hoa Lu ward ahead of the 10th session of the 15th National Assembly.',
    );
    expect(bodies(e)).toEqual(['National Assembly', 'National Assembly delegation of Ninh Binh province']);
  });
});

describe('English bodies and posts the tenth batch lacked (decision 0086)', () => {
  it('a hospital, a society and a customs service are bodies, and "the hospital", "the society" refer back', () => {
    const e = extract(
      'Cho Ray Hospital on Monday held a ceremony to open its new cancer centre. Director of the hospital Nguyen Tri Thuc said the centre had 500 beds. ' +
        'Vice President of the Viet Nam Red Cross Society Tran Quoc Hung attended. Leaders of Vietnam Customs also attended.',
    );
    expect(bodies(e)).toEqual(['Cho Ray Hospital', 'Viet Nam Red Cross Society', 'Vietnam Customs']);
    expect(seatsOf(e)).toEqual([
      'Nguyen Tri Thuc | Director | Cho Ray Hospital',
      'Tran Quoc Hung | Vice President | Viet Nam Red Cross Society',
    ]);
  });

  it('a ward’s Party Committee keeps its ward; "Vice State President", "Deputy Director General", "Deputy PM" and "CEO" are posts', () => {
    const e = extract(
      'Secretary of the Party Committee of Ben Thanh ward Nguyen Van Hieu on Monday attended the conference. ' +
        'Vice State President Vo Thi Anh Xuan, Deputy PM Tran Hong Ha and Deputy Director General Hoang Viet Cuong also attended. ' +
        'Intel’s CEO Lip-Bu Tan sent a letter.',
    );
    // "Lip-Bu Tan": a hyphenated given name capitalised in both parts is read since decision 0094.
    expect(postsOf(e)).toEqual([
      'Hoang Viet Cuong | Deputy Director General',
      'Lip-Bu Tan | CEO',
      'Nguyen Van Hieu | Secretary',
      'Tran Hong Ha | Deputy Prime Minister',
      'Vo Thi Anh Xuan | Vice President',
    ]);
    expect(bodies(e)).toEqual(['Intel', 'Party Committee of Ben Thanh ward']);
  });

  it('a company after a post’s "of" is a body; a portfolio and a country there are not', () => {
    const e = extract(
      'General Director of Vinamilk Mai Kieu Lien on Monday attended the conference. ' +
        'Minister of Finance Nguyen Van Thang and Ambassador of the Republic of Korea to Viet Nam Choi Young-sam also attended.',
    );
    expect(bodies(e)).toEqual(['Vinamilk']);
    expect(seatsOf(e)).toContain('Mai Kieu Lien | General Director | Vinamilk');
  });

  it('a country’s possessive is no part of its ministry’s name', () => {
    const e = extract(
      'The Ministry of Agriculture and Environment and China’s Ministry of Commerce on Monday signed a plan on durian exports.',
    );
    expect(bodies(e)).toEqual(['Ministry of Agriculture and Environment', 'Ministry of Commerce']);
  });

  it('"Chairman and General Director of <firm>": both posts are the firm’s; a deputy prime minister’s is not a ministry’s', () => {
    const e = extract(
      'Chairman and General Director of Vietjet Nguyen Thi Phuong Thao on Monday attended the ceremony. ' +
        'Deputy Prime Minister and Minister of Foreign Affairs Bui Thanh Son also attended.',
    );
    expect(seatsOf(e)).toEqual([
      'Bui Thanh Son | Deputy Prime Minister | -',
      'Bui Thanh Son | Minister | -',
      'Nguyen Thi Phuong Thao | Chairman | Vietjet',
      'Nguyen Thi Phuong Thao | General Director | Vietjet',
    ]);
  });

  it('a partner province’s "Party Secretary" names no body of that province', () => {
    const e = extract(
      'Secretary of the Quang Tri provincial Party Committee Le Quang Tung on Monday received Champasak Party Secretary and Governor Vilayvong Bouddakham.',
    );
    expect(bodies(e)).toEqual(['Quang Tri provincial Party Committee']);
  });

  it('"Tao" is a Vietnamese family name', () => {
    const e = extract('Engineers led by Tao Van Minh and Nguyen Hoang Long finished the bridge on Monday.');
    expect(personNamesOf(e)).toEqual(['Nguyen Hoang Long', 'Tao Van Minh']);
  });
});

describe('A bare post before a name is the post of the body the article named first (decision 0086)', () => {
  it('"Deputy Minister" in a ministry’s report and "Director General" in a general department’s', () => {
    const a = extract(
      'The Ministry of Construction on Monday held an online conference on social housing. Deputy Minister Nguyen Viet Hung chaired the conference.',
    );
    expect(seatsOf(a)).toEqual(['Nguyen Viet Hung | Deputy Minister | Ministry of Construction']);
    const b = extract(
      'The General Department of Vietnam Customs on Tuesday held a conference on smuggling. Director General Nguyen Van Can chaired the conference.',
    );
    expect(seatsOf(b)).toEqual(['Nguyen Van Can | Director General | General Department of Vietnam Customs']);
  });

  it('guard: a minister’s post takes no body that is not a ministry, the others no ministry', () => {
    const a = extract(
      'The Da Nang city People’s Committee on Monday held a conference on tourism. Deputy Minister Ho An Phong attended the conference.',
    );
    expect(seatsOf(a)).toEqual(['Ho An Phong | Deputy Minister | -']);
    const b = extract(
      'The Ministry of Finance on Monday held a conference on public investment. Director General Tran Quoc Phuong attended the conference.',
    );
    expect(seatsOf(b)).toEqual(['Tran Quoc Phuong | Director General | -']);
  });
});

describe('Dates and cues the tenth batch lacked (decision 0086)', () => {
  it('a founding date in brackets after an anniversary, and a date someone reported, are not the meeting’s', () => {
    const e = englishExtractor('2025-03-27')(
      'The Ho Chi Minh Communist Youth Union on Wednesday held a ceremony to mark its 94th founding anniversary (March 26, 1931 – 2025). ' +
        'Secretary Bui Quang Huy attended the ceremony. Deputy Secretary Nguyen Tuong Lam reported that 300 new branches had been set up on January 1.',
    );
    expect(e.events.map((v) => v.date)).toEqual(['2025-03-26']);
  });

  it('who received a donation, who handed over the money and who read a review take part', () => {
    const e = extract(
      'The Viet Nam Fatherland Front on Monday held a ceremony to receive donations for flood victims. ' +
        'Vice President of the front Nguyen Huu Dung received the donations. Chairman of Vietinbank Tran Minh Binh handed over the money. ' +
        'Deputy Head of the front’s Department of Social Work Le Thi Hoa read a review of the campaign.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Le Thi Hoa', 'Nguyen Huu Dung', 'Tran Minh Binh']);
  });
});

describe('A foreign official after a post whose "of" names a place abroad (decision 0086)', () => {
  it('"Ambassador of <country> to Viet Nam A" and "Governor of <province> of <country> B" are posts before names', () => {
    const e = extract(
      'Prime Minister Pham Minh Chinh on Monday received Ambassador of the Kingdom of Thailand to Viet Nam Urawadee Sriphiromya in Ha Noi. ' +
        'Governor of Hokkaido Prefecture of Japan Suzuki Naomichi also attended the reception.',
    );
    expect(postsOf(e)).toEqual([
      'Pham Minh Chinh | Prime Minister',
      'Suzuki Naomichi | Governor',
      'Urawadee Sriphiromya | Ambassador',
    ]);
  });

  it('guard: a country that starts a body’s name after "of" does not end the post there', () => {
    const e = extract(
      'Chairman of the Viet Nam National Coal and Mineral Industries Group Ngo Hoang Ngan on Monday attended the conference.',
    );
    expect(seatsOf(e)).toEqual([
      'Ngo Hoang Ngan | Chairman | Viet Nam National Coal and Mineral Industries Group',
    ]);
  });
});
