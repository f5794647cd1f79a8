// The benchmarks' generated corpus: the dev corpus (../shared/corpus/dev, read in place, never
// copied) replicated with varied person names, dates and urls, in memory. bench:ingest writes it;
// bench:export exports the graph it makes.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config.ts';
import type { ArticleRecord } from '../ingest/types.ts';
import { foldDiacritics, nameKey } from '../ingest/text/normalise.ts';
import { isRecordFileName } from '../ingest/read/inputs.ts';

export const CORPUS = path.resolve(projectRoot, '..', 'shared', 'corpus', 'dev');
// Given-name syllables for the variants: in each copy of the corpus every person gets the last two
// syllables of their name from here and a surname from SURNAMES, a name distinct for every (copy,
// person) up to 10 × 40 × 40 names, so that later tenths of the run meet as many new people as the
// first and the tenths compare the same work on a growing graph.
// prettier-ignore
const SYLLABLES = [
  'An', 'Bảo', 'Bình', 'Chiến', 'Công', 'Cường', 'Dũng', 'Duy', 'Đạt', 'Định',
  'Giang', 'Hà', 'Hải', 'Hiếu', 'Hòa', 'Hùng', 'Huy', 'Khang', 'Khánh', 'Khoa',
  'Lâm', 'Linh', 'Long', 'Lực', 'Minh', 'Nam', 'Nghĩa', 'Ngọc', 'Nhân', 'Phong',
  'Phúc', 'Quân', 'Quang', 'Sơn', 'Tâm', 'Thắng', 'Thành', 'Trung', 'Tuấn', 'Vinh',
];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];

function variantName(name: string, index: number, english: boolean): string {
  const n = SYLLABLES.length;
  const pick = (i: number): string => (english ? foldDiacritics(SYLLABLES[i]!) : SYLLABLES[i]!);
  const surname = SURNAMES[Math.floor(index / (n * n)) % SURNAMES.length]!;
  const middle = name.split(' ').slice(1, -2);
  return [
    english ? foldDiacritics(surname) : surname,
    ...middle,
    pick(Math.floor(index / n) % n),
    pick(index % n),
  ].join(' ');
}

export function corpus(): { record: ArticleRecord; persons: string[] }[] {
  return readdirSync(CORPUS)
    .filter(isRecordFileName)
    .sort()
    .map((f) => {
      const record = JSON.parse(readFileSync(path.join(CORPUS, f), 'utf8')) as ArticleRecord;
      const gold = JSON.parse(
        readFileSync(path.join(CORPUS, f.replace(/\.json$/, '.gold.json')), 'utf8'),
      ) as { persons?: { name: string }[] };
      return {
        record,
        persons: (gold.persons ?? []).map((p) => p.name).filter((n) => n.split(' ').length >= 2),
      };
    });
}

/** n articles: copies of the dev corpus, each copy with its own people, dates and urls. */
export function replicate(n: number): ArticleRecord[] {
  const base = corpus();
  // One number per real person of the corpus (Vietnamese and English spellings share it), so that
  // within a copy a person seen in several articles keeps one variant name, as in real news.
  const people = [...new Set(base.flatMap((b) => b.persons.map(nameKey)))].sort();
  const personNumber = new Map(people.map((key, i) => [key, i]));
  return Array.from({ length: n }, (_, i) => {
    const { record, persons } = base[i % base.length]!;
    const copy = Math.floor(i / base.length);
    let text = record.text;
    // Longest first, so that "Nguyễn Văn Thể" is renamed before a shorter name inside it.
    for (const name of [...persons].sort((a, b) => b.length - a.length)) {
      const index = copy * people.length + personNumber.get(nameKey(name))!;
      text = text.split(name).join(variantName(name, index, record.language === 'en'));
    }
    const date = new Date(Date.UTC(2015, 0, 1) + ((i * 37) % 3650) * 86_400_000).toISOString().slice(0, 10);
    return { ...record, id: `bench-${i}`, url: `https://bench.kg.invalid/${i}`, publishedAt: date, text };
  });
}
