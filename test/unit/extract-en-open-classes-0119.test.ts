// The English classes decision 0114 (batch 15) left open that decision 0119 wrote a rule for, pinned
// on sentences written for this file (real public posts or invented people; not held-out sentences),
// with a guard where the rule could over-reach.
import { describe, expect, it } from 'vitest';
import { bodyNamesOf, englishExtractor, personNamesOf, seatsOf } from '../support/extraction-views.ts';

const extract = englishExtractor('2025-12-01');

describe('foreign posts written "Minister for …" (decision 0119)', () => {
  it('"Minister for <portfolio words>" and "Minister Delegate for …" end before a foreign name, with no body', () => {
    const e = extract(
      'Prime Minister Pham Minh Chinh held talks in Ha Noi on Sunday with Minister for Economic Affairs ' +
        'and Energy Greta Hansen and Minister Delegate for Foreign Trade Paul Lefevre.',
    );
    expect(personNamesOf(e)).toEqual(['Greta Hansen', 'Paul Lefevre', 'Pham Minh Chinh']);
    expect(seatsOf(e)).toEqual([
      'Greta Hansen | Minister | -',
      'Paul Lefevre | Minister Delegate | -',
      'Pham Minh Chinh | Prime Minister | -',
    ]);
  });

  it('"Minister for Europe and Foreign Affairs" before a Vietnamese-shaped name keeps the name whole', () => {
    const e = extract('Minister for Europe and Foreign Affairs Tran Van Khoa attended the talks on Monday.');
    expect(seatsOf(e)).toEqual(['Tran Van Khoa | Minister | -']);
  });

  it('guard: "for" followed by words that are no portfolio is no part of the post', () => {
    const e = extract(
      'Minister of Finance Ho Duc Phoc thanked Minister Nguyen Van Thang for Saturday’s report on ' +
        'Hai Phong Port.',
    );
    expect(personNamesOf(e)).toEqual(['Ho Duc Phoc', 'Nguyen Van Thang']);
    expect(seatsOf(e).map((s) => s.split(' | ').slice(0, 2).join(' | '))).toEqual([
      'Ho Duc Phoc | Minister',
      'Nguyen Van Thang | Minister',
    ]);
  });
});

describe('a plural post before "of <body>" and its names or a colon list (decision 0119)', () => {
  it('"appoint three judges of <court>: A, B and C": each name of the list holds the singular post', () => {
    const e = extract(
      'The National Assembly on Monday approved the proposal to appoint three judges of the ' +
        'Supreme People’s Court: Tran Van Hai, Le Thi Mai and Pham Quoc Dung.',
    );
    expect(seatsOf(e)).toEqual([
      'Le Thi Mai | Judge | Supreme People’s Court',
      'Pham Quoc Dung | Judge | Supreme People’s Court',
      'Tran Van Hai | Judge | Supreme People’s Court',
    ]);
  });

  it('"vice chairpersons of <body> A and B": the names end the body and hold the post', () => {
    const e = extract(
      'The dialogue was chaired by Chairman of the provincial People’s Committee Ho Van Minh, with ' +
        'vice chairpersons of the provincial People’s Committee Nong Van Tuan and Dinh Thi Hoa taking part.',
    );
    expect(bodyNamesOf(e)).toEqual(['provincial People’s Committee']);
    expect(seatsOf(e).filter((s) => s.includes('Vice'))).toEqual([
      'Dinh Thi Hoa | Vice Chairperson | provincial People’s Committee',
      'Nong Van Tuan | Vice Chairperson | provincial People’s Committee',
    ]);
  });

  it('guard: "the judges of the court" with no names after it gives no post', () => {
    const e = extract(
      'The judges of the Supreme People’s Court met on Monday. Chief Judge Nguyen Van Quang chaired the meeting.',
    );
    expect(seatsOf(e).map((s) => s.split(' | ')[1])).toEqual(['Chief Judge']);
  });
});

describe('Tay and Nung family names (decision 0119)', () => {
  it('"Kha" opens a Vietnamese name, which then ends the body before it', () => {
    const e = extract(
      'Vice Chairwoman of the Cao Bang provincial People’s Committee Kha Thi Hien attended the ceremony.',
    );
    expect(personNamesOf(e)).toEqual(['Kha Thi Hien']);
    expect(seatsOf(e)).toEqual(['Kha Thi Hien | Vice Chairwoman | Cao Bang provincial People’s Committee']);
  });
});

describe('an election with a gapped verb (decision 0119)', () => {
  it('"A was named Chairwoman of X, and B Chairman of Y": B ends before the post and holds it', () => {
    const e = extract(
      'The Hoa Binh commune held its first meeting on July 1. Nguyen Thi Lan was named Chairwoman of ' +
        'the commune People’s Council, and Pham Van Duc Chairman of the commune People’s Committee.',
    );
    expect(personNamesOf(e)).toEqual(['Nguyen Thi Lan', 'Pham Van Duc']);
    expect(seatsOf(e)).toEqual([
      'Nguyen Thi Lan | Chairwoman | commune People’s Council',
      'Pham Van Duc | Chairman | commune People’s Committee',
    ]);
  });
});
