// Speed change of decision 0117: findPersons asked opensSentence (the text's first word, a word
// after a line break, a word after a token of sentence end marks) at every token and per name,
// running /^[.!?…]+$/ on the token before each time. sentenceOpenings reads it for every token in
// one pass, the end marks code by code. Held here to the form it replaces, written out.
import { describe, expect, it } from 'vitest';
import { sentenceOpenings } from '../../ingest/extract/vi/persons.ts';
import { tokenize, type Token } from '../../ingest/extract/vi/tokens.ts';
import { matchKey } from '../../ingest/text/normalise.ts';
import { randomText } from '../support/random-text.ts';

/** The form findPersons used before decision 0117. */
function opensSentence(tokens: Token[], i: number): boolean {
  return i === 0 || tokens[i]!.lineBefore || /^[.!?…]+$/.test(tokens[i - 1]!.text);
}

const tokensOf = (text: string) => tokenize(text, matchKey(text));

/** Each token's opening as the old form reads it, beside the new one's, both as strings of 0 and 1. */
function both(text: string): { before: string; now: string } {
  const tokens = tokensOf(text);
  return {
    before: tokens.map((_, i) => (opensSentence(tokens, i) ? '1' : '0')).join(''),
    now: [...sentenceOpenings(tokens)].join(''),
  };
}

const written = [
  'Chủ trì hội nghị có đồng chí Trần Văn Bình. Đồng chí hiện là Bí thư Tỉnh ủy.',
  'Ông Lê Minh Hải phát biểu! Ông hiện giữ chức Giám đốc Sở Tài chính? Có.',
  'Đối với đồng chí Phạm Thu Hà, Bí thư Huyện ủy ghi nhận… Đồng chí nói…',
  'Hội nghị diễn ra tại TP. Huế... Sau đó, các đại biểu thăm khu di tích.',
  'Dòng một\nDòng hai\n\nDòng ba.\n1. Mục một;\n2. Mục hai.',
  '“Chúng ta phải làm tốt hơn.” Ông nói. (Ảnh: TTXVN). Kết thúc?! Hết.',
  '',
  '.',
  '... Bắt đầu',
  'Kết thúc .. . ?? !! …… .!?…',
];
const pieces = [
  'đồng chí ',
  'Nguyễn ',
  'Văn ',
  'An',
  ' ',
  '.',
  '. ',
  '!',
  '?',
  '…',
  '...',
  '\n',
  '\n\n',
  ',',
  ':',
  ';',
  '“',
  '”',
  '(',
  ')',
  'TP.',
  '12/7',
  'số 5',
  '-',
  '·',
  '。',
];

describe('sentenceOpenings (decision 0117) is opensSentence at every token', () => {
  it('on written texts', () => {
    for (const text of written) {
      const { before, now } = both(text);
      expect(now, text).toBe(before);
    }
  });

  it('on 3,000 seeded texts of words, end marks, line breaks and other marks', () => {
    let opened = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const text = randomText(seed, pieces, 6 + (seed % 40));
      const { before, now } = both(text);
      expect(now, JSON.stringify(text)).toBe(before);
      opened += before.split('1').length - 1;
    }
    // The texts open many sentences, not only at their first token.
    expect(opened).toBeGreaterThan(6000);
  });

  it('has one entry per token and none for no tokens', () => {
    expect(sentenceOpenings([])).toHaveLength(0);
    const tokens = tokensOf('Một. Hai! Ba');
    expect([...sentenceOpenings(tokens)]).toEqual([1, 0, 1, 0, 1]);
  });
});
