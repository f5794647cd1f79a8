// The English classes decision 0114 (batch 15) left open that decision 0119 wrote a rule for, pinned
// on sentences written for this file (real public posts or invented people; not held-out sentences),
// with a guard where the rule could over-reach.
import { describe, expect, it } from 'vitest';
import { englishExtractor, personNamesOf, seatsOf } from '../support/extraction-views.ts';

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
