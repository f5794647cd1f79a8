// Language of an article record whose `language` field is missing.
//
// Two cheap signals, read from at most the first few thousand characters:
//  1. Function words. Vietnamese prose is dense with short grammatical words ("của", "và",
//     "các", "được", "là", "trong", "cho", "với", "đã", "những"), English prose with "the",
//     "of", "and", "to", "in", "was". A count of each set decides almost every real article.
//     The Vietnamese set is matched on diacritic-folded words too, so unaccented Vietnamese
//     ("cua", "duoc", "nhung") still counts; the folded forms chosen ("cua", "cac", "duoc",
//     "nhung", "trong", "voi", "nay") are not English words.
//  2. Diacritic density: the share of letters carrying a Vietnamese-only mark (ă â đ ê ô ơ ư
//     and the five tones). It breaks ties and decides texts too short for function words.
//     English reports that keep Vietnamese names with their diacritics ("Nguyễn Phú Trọng")
//     stay well below the threshold: names are a small share of the letters.
// Ties and empty text fall back to Vietnamese, the corpus's main language.
import type { Language } from './types.ts';

const SAMPLE_CHARS = 4000;

const VIETNAMESE_FUNCTION_WORDS = new Set([
  'của',
  'và',
  'các',
  'được',
  'là',
  'trong',
  'cho',
  'với',
  'đã',
  'những',
  'này',
  'có',
  'không',
  'người',
  'một',
  'để',
  'theo',
  'về',
  'tại',
  'đồng',
  'chí',
  'ngày',
  'năm',
  'việc',
  'công',
  'tác',
]);
// Folded spellings that are not also English words (so "la", "co", "tai", "de" are left out).
const FOLDED_VIETNAMESE_FUNCTION_WORDS = new Set([
  'cua',
  'cac',
  'duoc',
  'nhung',
  'trong',
  'voi',
  'nay',
  'khong',
  'nguoi',
  'mot',
  'viec',
  'ngay',
]);
const ENGLISH_FUNCTION_WORDS = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'is',
  'was',
  'were',
  'for',
  'on',
  'by',
  'with',
  'at',
  'that',
  'this',
  'from',
  'as',
  'are',
  'has',
  'have',
  'its',
  'which',
  'be',
  'an',
  'it',
  'will',
]);

// Letters a Vietnamese text uses and an English one does not: the vowel modifiers and đ,
// plus any vowel carrying one of the five tone marks, in both cases, after NFC.
const VIETNAMESE_MARKED_LETTER =
  /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/gu;
const LETTER = /\p{L}/gu;
const WORD = /\p{L}+/gu;

/** Above this share of marked letters a text is Vietnamese whatever its words say. */
const VIETNAMESE_MARK_DENSITY = 0.12;
/** Below this share of marked letters, with no function words either way, a text is English. */
const ENGLISH_MARK_DENSITY = 0.01;
/** Fewer letters than this (a bare code such as "05-CT/TW") says nothing about the language. */
const MIN_LETTERS_FOR_ENGLISH = 8;

function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd');
}

export interface LanguageEvidence {
  language: Language;
  vietnameseWords: number;
  englishWords: number;
  markDensity: number;
}

/** The language decision with the counts behind it (for logs and tests). */
export function detectLanguageWithEvidence(text: string): LanguageEvidence {
  const sample = text.slice(0, SAMPLE_CHARS).normalize('NFC');
  let vietnameseWords = 0;
  let englishWords = 0;
  for (const match of sample.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (ENGLISH_FUNCTION_WORDS.has(word)) englishWords++;
    else if (VIETNAMESE_FUNCTION_WORDS.has(word) || FOLDED_VIETNAMESE_FUNCTION_WORDS.has(fold(word)))
      vietnameseWords++;
  }
  const letters = sample.match(LETTER)?.length ?? 0;
  const marked = sample.match(VIETNAMESE_MARKED_LETTER)?.length ?? 0;
  const markDensity = letters ? marked / letters : 0;

  let language: Language;
  if (markDensity >= VIETNAMESE_MARK_DENSITY) language = 'vi';
  else if (englishWords > vietnameseWords) language = 'en';
  else if (vietnameseWords > englishWords) language = 'vi';
  else language = letters >= MIN_LETTERS_FOR_ENGLISH && markDensity < ENGLISH_MARK_DENSITY ? 'en' : 'vi';
  return { language, vietnameseWords, englishWords, markDensity };
}

/** 'vi' or 'en' for a record's text; empty or undecidable text counts as Vietnamese. */
export function detectLanguage(text: string): Language {
  return detectLanguageWithEvidence(text).language;
}
