// The English classes of the fifteenth held-out batch (test/fixtures/en-heldout 225–232, eight
// real-length articles written before any rule saw them; decision 0114) that a rule was written
// for, pinned on sentences written for this file (invented names and bodies, our own wording; not
// the held-out sentences), with a guard where the rule could over-reach.
import { describe, expect, it } from 'vitest';
import {
  bodyNamesOf,
  documentPairsOf,
  englishExtractor,
  peopleOf,
  personNamesOf,
} from '../support/extraction-views.ts';

const extract = englishExtractor('2025-09-08');
const eventDates = (text: string, publishedAt?: string) =>
  extract(text, publishedAt)
    .events.map((e) => e.date)
    .sort();

describe('English classes of the fifteenth held-out batch (decision 0114)', () => {
  it('"Seated on the presidium were A, B and C": each member of the presidium chairs the ceremony', () => {
    const e = extract(
      'The Ha Giang provincial Party Committee held a ceremony on Sunday to mark the 80th anniversary of the August Revolution. ' +
        'Seated on the presidium were Secretary of the provincial Party Committee Mua Van Thang, ' +
        'Chairman of the provincial People’s Committee Lo Thi Ban and Chairwoman of the provincial People’s Council Hau Thi Nhu. ' +
        'Deputy Head of the Central Mass Mobilisation Commission Tang Van Duc attended the ceremony.',
    );
    expect(peopleOf(e, 'CHAIRED')).toEqual(['Hau Thi Nhu', 'Lo Thi Ban', 'Mua Van Thang']);
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Tang Van Duc']);
  });

  it('"The presidium comprised A and B" chairs too; a presidium named with no verb of its members is no cue', () => {
    const e = extract(
      'The Ha Giang provincial Women’s Union opened its congress on Monday. ' +
        'The presidium comprised Chairwoman of the union Sung Thi Mai and Vice Chairwoman Giang Thi Xua. ' +
        'Lo Van Pao, who spoke of the work of the congress presidium, attended the congress.',
    );
    expect(peopleOf(e, 'CHAIRED')).toEqual(['Giang Thi Xua', 'Sung Thi Mai']);
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Lo Van Pao']);
  });

  it('a resolution of the National Assembly Standing Committee keeps the legislature’s number in its code', () => {
    const e = extract(
      'Hoa Binh commune was formed on July 1 under Resolution No. 1702/NQ-UBTVQH15 of the National Assembly Standing Committee.',
    );
    expect(e.documents.map((d) => d.code)).toEqual(['1702/NQ-UBTVQH15']);
    expect(documentPairsOf(e, 'ISSUED')).toEqual(['National Assembly Standing Committee | 1702/NQ-UBTVQH15']);
  });

  it('"the Politburo issued Resolution A on <date> and Resolution B on <date>": the issuer goes to both', () => {
    const e = extract(
      'The Secretariat issued Directive No. 41-CT/TW on March 3 and Directive No. 42-CT/TW on March 10, and the Ha Giang provincial Party Committee is carrying them out.',
    );
    expect(documentPairsOf(e, 'ISSUED')).toEqual(['Secretariat | 41-CT/TW', 'Secretariat | 42-CT/TW']);
  });

  it('"recalled that leader A founded … in 1930" and "President A’s teaching" are history, not living persons', () => {
    const e = extract(
      'Secretary of the provincial Party Committee Mua Van Thang chaired the ceremony on Sunday. ' +
        'Thang recalled that leader Nguyen Ai Quoc founded the Party in Hong Kong in 1930. ' +
        'President Ho Chi Minh’s teaching on thrift remained the guide for every cadre, he said.',
    );
    expect(personNamesOf(e)).toEqual(['Mua Van Thang']);
  });

  it('guard: "recalled that leader A visited in 2023" with a recent year leaves A a person', () => {
    const e = extract(
      'Thang recalled that leader Lo Van Pao visited the border post in 2023 and chaired a meeting there.',
    );
    expect(personNamesOf(e)).toEqual(['Lo Van Pao']);
  });

  it('the founding date in brackets after "anniversary of <body>" is not the ceremony’s date: the weekday is', () => {
    expect(
      eventDates(
        'The Ha Giang provincial Party Committee held a ceremony on Saturday to celebrate the 95th founding anniversary of the Communist Party of Viet Nam (February 3, 1930 – 2025).',
        '2025-02-02',
      ),
    ).toEqual(['2025-02-01']);
  });

  it('a byline’s stamp dates the page, not the sitting; the lead’s weekday does', () => {
    expect(
      eventDates(
        'Council approves new chairman\n\nThe Ha Giang provincial People’s Council on Tuesday elected a new chairman at an extraordinary sitting.\n\nBy Minh Chau   September 3, 2025 | 07:30 pm GMT+7\n\nChairwoman Hau Thi Nhu presided over the sitting.',
        '2025-09-03',
      ),
    ).toEqual(['2025-09-02']);
  });

  it('a foreign business chamber keeps the country it works in: "the Australian Chamber of Commerce in Vietnam"', () => {
    const e = extract(
      'Tran Van Khoa, Chairman of the Australian Chamber of Commerce in Vietnam, and representatives of the Ha Giang Business Association attended the dialogue on Friday.',
    );
    expect(bodyNamesOf(e)).toEqual([
      'Australian Chamber of Commerce in Vietnam',
      'Ha Giang Business Association',
    ]);
  });

  it('"Every Party member …" and "Each Party cell …" at a sentence start name no body', () => {
    const e = extract(
      'Every Party member at the border is a milestone of the Fatherland, Thang said. Each Party cell of the Ha Giang provincial Party Committee will report by June.',
    );
    expect(bodyNamesOf(e)).toEqual(['Ha Giang provincial Party Committee']);
  });

  it('"the submission read by A", "the report presented by B": the speaker of a passive report attends', () => {
    const e = extract(
      'The Ha Giang provincial People’s Council opened its session on Monday. ' +
        'The deputies approved the budget, according to the submission read by Chairman of the provincial People’s Committee Lo Thi Ban. ' +
        'The report presented by Vang Van Chu, Director of the provincial Department of Finance, was adopted.',
    );
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Lo Thi Ban', 'Vang Van Chu']);
  });

  it('guard: "drafted by A and read by the deputies" names no speaker of a report', () => {
    const e = extract(
      'The Ha Giang provincial People’s Council opened its session on Monday. The plan was drafted by Lo Thi Ban and read by the deputies.',
    );
    expect(peopleOf(e, 'ATTENDED')).toEqual([]);
  });

  it('a dialogue with enterprises is a meeting: its speakers attend; "with A and B taking part" attend it', () => {
    const e = extract(
      'HA GIANG — Leaders of Ha Giang province held a dialogue with 200 enterprises on Friday. ' +
        'The dialogue was chaired by Chairman of the provincial People’s Committee Lo Thi Ban, with Director of the provincial Department of Finance Vang Van Chu and Director of the provincial Department of Construction Thao Thi Dung taking part. ' +
        'Lu Van Sinh, Chairman of the Ha Giang Business Association, said members needed faster land procedures.',
    );
    expect(peopleOf(e, 'CHAIRED')).toEqual(['Lo Thi Ban']);
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Lu Van Sinh', 'Thao Thi Dung', 'Vang Van Chu']);
  });
});
