// The English classes the seventh held-out batch (test/fixtures/en-heldout 102–119, written before any
// rule saw it; decision 0071) showed missing, each pinned on sentences written for this file (public
// facts, our own wording; not the held-out sentences), with a guard where a rule could over-reach.
import { describe, expect, it } from 'vitest';
import {
  bodyNamesOf as bodies,
  englishExtractor,
  peopleOf as people,
  personNamesOf as personNames,
  postsOf,
} from '../support/extraction-views.ts';

const extract = englishExtractor('2025-07-21');

describe('English speakers and guests of a reported meeting (decision 0071)', () => {
  it('"delivered the opening and closing speeches" at a plenum, and a speaker after it, attend', () => {
    const e = extract(
      'The 12th plenum of the Party Central Committee took place in Ha Noi from July 18 to 19. ' +
        'General Secretary To Lam delivered the opening and closing speeches. ' +
        'Head of the Party Central Committee’s Organisation Commission Le Minh Hung said personnel work was on schedule.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Le Minh Hung', 'To Lam']);
    expect(e.events.map((x) => x.date)).toEqual(['2025-07-18']);
  });

  it('"reported on <a noun>" and "spoke from" a connection point of an online conference are attendance', () => {
    const e = extract(
      'The Ministry of Education and Training held an online conference on Monday with 34 localities. ' +
        'Deputy Minister of Education and Training Pham Ngoc Thuong reported on enrolment. ' +
        'Vice Chairwoman of the Hue People’s Committee Nguyen Thanh Binh spoke from the city’s connection point.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Nguyen Thanh Binh', 'Pham Ngoc Thuong']);
  });

  it('guard: "reported on Monday" dates a newspaper’s report, no speaker’s', () => {
    const e = extract(
      'The Ministry of Education and Training held an online conference on Monday with 34 localities. ' +
        'Minister Nguyen Kim Son was in Hue, VnExpress reported on Monday.',
    );
    expect(people(e, 'ATTENDED')).toEqual([]);
  });

  it('"clarified" at a question session is a speaker’s part; in an article reporting no meeting it is not', () => {
    const session = extract(
      'The National Assembly held a question-and-answer session on Thursday. ' +
        'Deputy Prime Minister Ho Duc Phoc clarified several points about the budget.',
    );
    expect(people(session, 'ATTENDED')).toEqual(['Ho Duc Phoc']);
    const none = extract(
      'Deputy Prime Minister Ho Duc Phoc clarified in a statement that taxes would not rise.',
    );
    expect(people(none, 'ATTENDED')).toEqual([]);
  });

  it('"was among the foreign guests", "opened the exhibition" and "presented awards" are attendance', () => {
    const e = extract(
      'General Secretary To Lam and Prime Minister Pham Minh Chinh on Friday opened the national digital transformation exhibition in Ha Noi. ' +
        'Cambodian Prime Minister Hun Manet was among the foreign guests. ' +
        'Deputy Prime Minister Tran Hong Ha presented awards to 40 start-ups.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Hun Manet', 'Pham Minh Chinh', 'To Lam', 'Tran Hong Ha']);
  });

  it('"received <name>, <post> of <company>": host and guest attend', () => {
    const e = extract(
      'Deputy Prime Minister Bui Thanh Son on Tuesday received Satya Nadella, chief executive of Microsoft, in Ha Noi.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Bui Thanh Son', 'Satya Nadella']);
  });

  it('guard: "received" a thing before a comma, with no post after it, is no reception', () => {
    const e = extract(
      'The Hai Phong People’s Committee held its monthly meeting on Monday. ' +
        'Officials said the city had received letters from Nguyen Van Tung, more than from any other resident.',
    );
    expect(people(e, 'ATTENDED')).toEqual([]);
  });
});

describe('English posts and names of foreign guests (decision 0071)', () => {
  it('"Speaker of …" and "Premier" are posts that name a foreign guest', () => {
    const e = extract(
      'Chairman of the National Assembly Tran Thanh Man received Ahmad Zahid Hamidi, Speaker of the Malaysian Senate, on Monday. ' +
        'Chinese Premier Li Qiang met Pham Minh Chinh in Tianjin.',
    );
    expect(personNames(e)).toEqual(['Ahmad Zahid Hamidi', 'Li Qiang', 'Pham Minh Chinh', 'Tran Thanh Man']);
    expect(postsOf(e)).toContain('Li Qiang | Premier');
    expect(postsOf(e)).toContain('Ahmad Zahid Hamidi | Speaker');
  });

  it('a nationality before the post in apposition: "A, British Ambassador to Viet Nam,"', () => {
    const e = extract(
      'Prime Minister Pham Minh Chinh received Iain Frew, British Ambassador to Viet Nam, on Monday. ' +
        'Ito Naoki, the Japanese Ambassador, was present.',
    );
    expect(personNames(e)).toEqual(['Iain Frew', 'Ito Naoki', 'Pham Minh Chinh']);
    expect(postsOf(e)).toEqual([
      'Iain Frew | Ambassador',
      'Ito Naoki | Ambassador',
      'Pham Minh Chinh | Prime Minister',
    ]);
  });

  it('a portfolio listed with commas: "Minister of Culture, Sports and Tourism A"', () => {
    const e = extract(
      'Minister of Culture, Sports and Tourism Nguyen Van Hung spoke at the ceremony on Saturday. ' +
        'Minister of Labour, Invalids and Social Affairs Dao Ngoc Dung attended.',
    );
    expect(postsOf(e)).toEqual(['Dao Ngoc Dung | Minister', 'Nguyen Van Hung | Minister']);
  });

  it('"Party chief of <province> A": a province ending in a family name ("Bac Ninh") is not part of the name', () => {
    const e = extract(
      'Party chief of Bac Ninh Nguyen Anh Tuan on Monday chaired a working session with the provincial Department of Finance.',
    );
    expect(personNames(e)).toEqual(['Nguyen Anh Tuan']);
    expect(people(e, 'CHAIRED')).toEqual(['Nguyen Anh Tuan']);
  });
});

describe('English bodies and history (decision 0071)', () => {
  it('"the Communist Party of Viet Nam" is a body; "the Party" alone and "the city’s Party congress" are not', () => {
    const e = extract(
      'Journalists have served the Communist Party of Viet Nam for a century, Tran Thanh Man said. ' +
        'The Party praised them. Delegates prepared for the city’s Party congress.',
    );
    expect(bodies(e)).toEqual(['Communist Party of Viet Nam']);
  });

  it('a figure recalled with a year of history before the name is no person of the story; a recent one is', () => {
    const e = extract(
      'General Secretary To Lam spoke at the ceremony on Tuesday. ' +
        'He recalled that on September 2, 1945, President Ho Chi Minh read the Declaration of Independence. ' +
        'He recalled that in 2023 President Vo Van Thuong visited the square.',
    );
    expect(personNames(e)).toEqual(['To Lam', 'Vo Van Thuong']);
  });
});
