import { describe, expect, it } from 'vitest';
import { isRecordError, normalisePublishedAt, parseRecordLine } from '../../ingest/read/record.ts';
import type { ArticleRecord, RecordError } from '../../ingest/types.ts';

function asRecord(item: ArticleRecord | RecordError): ArticleRecord {
  if (isRecordError(item)) throw new Error(`expected a record, got error: ${item.error}`);
  return item;
}
function asError(item: ArticleRecord | RecordError): RecordError {
  if (!isRecordError(item)) throw new Error(`expected an error, got record ${item.id}`);
  return item;
}

const line = (fields: Record<string, unknown>) => JSON.stringify(fields);

describe('parseRecordLine', () => {
  it('reads a full record and keeps the text exactly as given', () => {
    const text = 'Sáng 12/7, Tỉnh ủy tổ chức hội nghị.\n\nĐồng chí Bí thư chủ trì.';
    const r = asRecord(
      parseRecordLine(
        line({
          id: 'a1',
          url: ' https://x.vn/a ',
          language: 'vi',
          publishedAt: '2021-07-12',
          title: ' Hội nghị ',
          text,
        }),
        'feed.jsonl:1',
      ),
    );
    expect(r).toEqual({
      id: 'a1',
      url: 'https://x.vn/a',
      language: 'vi',
      publishedAt: '2021-07-12',
      title: 'Hội nghị',
      text,
      origin: 'feed.jsonl:1',
    });
  });

  it('treats absent optional fields as null and normalises language tags', () => {
    const r = asRecord(parseRecordLine(line({ id: 7, language: 'vi-VN', text: 'x' }), 'o:1'));
    expect(r).toMatchObject({ id: '7', url: null, language: 'vi', publishedAt: null, title: null });
    expect(asRecord(parseRecordLine(line({ id: 'b', language: 'EN', text: 'x' }), 'o:1')).language).toBe(
      'en',
    );
  });

  it('names the line and the JSON problem for bad JSON, and keeps an id it can see', () => {
    const e = asError(parseRecordLine('{"id": "vi-9", "text": "Hội nghị', 'feed.jsonl:17'));
    expect(e.id).toBe('vi-9');
    expect(e.origin).toBe('feed.jsonl:17');
    expect(e.error).toMatch(
      /^feed\.jsonl:17: not valid JSON \(.+\); each line must be one complete JSON object$/,
    );
  });

  it.each([
    [{ id: 'a' }, /record "a" has no "text" field/],
    [{ id: 'a', text: null }, /record "a" has no "text" field/],
    [{ id: 'a', text: '  \n ' }, /record "a" has empty "text"/],
    [{ id: 'a', text: 42 }, /record "a" has a "text" of number 42; "text" must be a string/],
    [{ id: 'a', text: ['x'] }, /"text" of an array/],
    [{ text: 'x' }, /the record has no "id"/],
    [{ id: '', text: 'x' }, /has an "id" of ""/],
    [{ id: 'a', text: 'x', url: 5 }, /"url" of number 5; expected a string or null/],
    [{ id: 'a', text: 'x', title: {} }, /"title" of an object/],
    [{ id: 'a', text: 'x', language: 'fr' }, /"language" of "fr"; expected "vi", "en" or null/],
    [{ id: 'a', text: 'ab\u0000cd' }, /NUL character in "text" at position 2/],
  ])('rejects %j with a message saying what to fix', (fields, message) => {
    const e = asError(parseRecordLine(line(fields), 'in.jsonl:3'));
    expect(e.error).toMatch(message);
    expect(e.error.startsWith('in.jsonl:3: ')).toBe(true);
  });

  it('rejects values that are not objects', () => {
    expect(asError(parseRecordLine('[1,2]', 'x:1')).error).toMatch(/the record is an array, not an object/);
    expect(asError(parseRecordLine('"text"', 'x:1')).error).toMatch(/the record is a string, not an object/);
    expect(asError(parseRecordLine('null', 'x:1')).error).toMatch(/the record is null/);
    expect(asError(parseRecordLine('   ', 'x:1')).error).toMatch(/the line is empty/);
  });
});

describe('normalisePublishedAt', () => {
  it('keeps ISO dates and the date part of ISO date-times as written', () => {
    expect(normalisePublishedAt('2021-12-28', 'r')).toBe('2021-12-28');
    expect(normalisePublishedAt('2021-12-28T23:30:00+07:00', 'r')).toBe('2021-12-28');
    expect(normalisePublishedAt(null, 'r')).toBeNull();
  });
  it('reads anything that is not a real calendar date as unknown', () => {
    for (const bad of ['28/12/2021', '2021-02-30', '2021-13-01', 'yesterday', 20211228, '2021-12-28x']) {
      expect(normalisePublishedAt(bad, 'r')).toBeNull();
    }
    expect(normalisePublishedAt('2024-02-29', 'r')).toBe('2024-02-29');
  });
});
