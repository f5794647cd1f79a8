// CHAIRED and ATTENDED: the persons on the side of a chair, attend or speak verb (verbs.tsv) that
// its direction and the clause point to: "X chủ trì", "dưới sự chủ trì của X", "Dự hội nghị có
// X; Y", "X, Bí thư …, dự, chủ trì và trao"; a speaker attends. A chair does not also attend.
import { evidenceOf } from '../evidence.ts';
import type { Evidence, ExtractedRelation } from '../../types.ts';
import type { ArticleFacts, ClauseLayer, VerbAt } from './doc.ts';
import type { NameSpan } from './persons.ts';
import { HONORIFICS, pattern } from './lexicon.ts';
import { matchKey } from '../../text/normalise.ts';
import type { Token } from './tokens.ts';

const SPEECH_ELSEWHERE = new RegExp(pattern('speech-elsewhere'), 'u');
const SPEECH_TO_THE_PRESS = new RegExp(pattern('speech-to-the-press'), 'iu');
const SPEAKER_LIST_OPENER = new RegExp(pattern('speaker-list-opener'), 'iu');
const LIST_MEMBER_SEPARATOR = new RegExp(pattern('list-member-separator'), 'u');
const HANDING_VERB = new RegExp(pattern('handing-verb'), 'u');
const HANDED_TO = new RegExp(pattern('handed-to'), 'u');
const GUEST_AFTER_VERB = new RegExp(pattern('guest-after-verb'), 'u');
const QUESTIONED_AFTER_VERB = new RegExp(pattern('questioned-after-verb'), 'u');
const SIGNER_BEFORE = new RegExp(pattern('signer-before'), 'u');
const SIGNER_AFTER = new RegExp(pattern('signer-after'), 'u');
const NOT_AN_ATTENDEE_BEFORE = new RegExp(pattern('not-an-attendee-before'), 'u');
const SPEAKER_LIST_COLON = new RegExp(pattern('speaker-list-colon'), 'u');
const SPEAKER_LIST_NEXT_MEMBER = new RegExp(pattern('speaker-list-next-member'), 'u');

/**
 * "Báo cáo tại phiên họp gồm: ông A (Post) về …; bà B (Post) về …": the names after a speech verb
 * that are members of a list opened by a colon, each next one right after a semicolon
 * (speaker-list-colon, speaker-list-next-member, decision 0124); the first name alone otherwise.
 */
function speakerListAfter(tokens: Token[], after: NameSpan[]): NameSpan[] {
  const first = after[0];
  if (!first || !SPEAKER_LIST_COLON.test(tokens[leadOf(tokens, first) - 1]?.text ?? ''))
    return after.slice(0, 1);
  const list = [first];
  for (const n of after.slice(1)) {
    if (!SPEAKER_LIST_NEXT_MEMBER.test(tokens[leadOf(tokens, n) - 1]?.text ?? '')) break;
    list.push(n);
  }
  return list;
}

/** Where a name's mention starts: its posts written before it and a word of address before those. */
function leadOf(tokens: Token[], n: NameSpan): number {
  // Only the posts written against the name, back through the chain: a plural post shared by a
  // list ("Các Phó Chủ nhiệm A và B") stands before A, not before B.
  let from = n.from;
  const before = n.posts.filter((p) => p.to <= n.from).sort((a, b) => b.to - a.to);
  for (const p of before) {
    if (p.to === from || (p.to === from - 1 && tokens[p.to]!.text === ',')) from = p.from;
    else break;
  }
  for (const back of [2, 1])
    if (from >= back && HONORIFICS.longest(tokens, from - back)?.to === from) from -= back;
  return from;
}

/** The token of the ")" closing the "(" at token `open`, before token `limit` and with no other "(" between; else -1. */
function asideEnd(tokens: Token[], open: number, limit: number): number {
  for (let k = open + 1; k < limit; k++) {
    if (tokens[k]!.text === ')') return k;
    if (tokens[k]!.text === '(') return -1;
  }
  return -1;
}

/**
 * The names that speak together before a speech verb: the last name before it and the names
 * before that joined to it by list separators only ("Post1 A, Post2 B", "A, B và C"), when the
 * list opens the sentence or a clause (patterns.tsv, speaker-list-opener); otherwise the last
 * name alone, since an earlier one may be whom the speaker acts for.
 */
function speakersBefore(
  tokens: Token[],
  sentenceTextBefore: (tokenIndex: number) => string,
  before: NameSpan[],
): NameSpan[] {
  if (before.length < 2) return before.slice(-1);
  let first = before.length - 1;
  while (first > 0) {
    const prev = before[first - 1]!;
    const prevEnd = prev.posts.reduce((e, p) => (p.from >= prev.to ? Math.max(e, p.to) : e), prev.to);
    const lead = leadOf(tokens, before[first]!);
    if (prevEnd > lead) break;
    let joined = true;
    for (let k = prevEnd; k < lead && joined; k++) {
      // "Đại biểu A (Đoàn ĐBQH tỉnh X) và đại biểu B (…) cùng chất vấn": the body in brackets after a
      // member is an aside of the list, not a break in it (decision 0126).
      const close = tokens[k]!.text === '(' ? asideEnd(tokens, k, lead) : -1;
      if (close >= 0) k = close;
      else joined = LIST_MEMBER_SEPARATOR.test(tokens[k]!.key);
    }
    if (!joined) break;
    first--;
  }
  if (first === before.length - 1) return before.slice(-1);
  const opener = sentenceTextBefore(leadOf(tokens, before[first]!));
  return SPEAKER_LIST_OPENER.test(opener) ? before.slice(first) : before.slice(-1);
}

/** "do A ký": the name between "do" and "ký" signed a document (patterns signer-before, signer-after). */
function signedBy(tokens: Token[], n: NameSpan): boolean {
  const lead = leadOf(tokens, n);
  return SIGNER_BEFORE.test(tokens[lead - 1]?.key ?? '') && SIGNER_AFTER.test(tokens[n.to]?.key ?? '');
}

/** The names after "cho" that a handing verb at `v` hands to, up to the next verb of the sentence. */
function handedTo(f: ArticleFacts & ClauseLayer, v: VerbAt, inSentence: NameSpan[]): NameSpan[] {
  const { tokens, verbsIn } = f;
  const s = f.article.sentences[v.sentence]!;
  const nextVerb = verbsIn(v.sentence).find((o) => o.from >= v.to);
  const end = nextVerb ? nextVerb.from : tokens.length;
  let to = -1;
  for (let k = v.to; k < end && tokens[k]!.start < s.end; k++) {
    if (HANDED_TO.test(tokens[k]!.key)) {
      to = k;
      break;
    }
  }
  if (to < 0) return [];
  return inSentence.filter((n) => n.from > to && n.to <= end && leadOf(tokens, n) === to + 1);
}

export function attendance(f: ArticleFacts & ClauseLayer): ExtractedRelation[] {
  const { article, tokens, verbs, namesIn, tokenAt, personName, verbsIn } = f;
  const out: ExtractedRelation[] = [];
  const mainEvent = f.eventHits[0] ?? null;
  const chaired = new Set<string>();
  const attended: { person: string; ev: Evidence }[] = [];

  for (const v of verbs) {
    const rel = v.entry.relation;
    if (rel !== 'chair' && rel !== 'attend' && rel !== 'speak' && rel !== 'chair-by') continue;
    if (rel === 'chair-by') continue;
    const s = article.sentences[v.sentence]!;
    const inSentence = namesIn(v.sentence);
    if (!inSentence.length) continue;
    // A speaker quoted from another time ("… từng nhấn mạnh: “…”") did not attend this meeting.
    if (rel === 'speak' && SPEECH_ELSEWHERE.test(article.text.slice(s.start, tokens[v.from]!.start)))
      continue;
    // "Trao đổi với báo chí sau phiên tòa, ông A cho biết …": a remark to the press is no speech at
    // the meeting (pattern speech-to-the-press, decision 0134).
    if (rel === 'speak' && SPEECH_TO_THE_PRESS.test(article.text.slice(s.start, s.end))) continue;
    const sentenceVerbs = verbsIn(v.sentence);
    let chosen: NameSpan[];
    const atClauseStart =
      v.from === tokenAt(s.start) ||
      [',', ':', ';'].includes(tokens[v.from - 1]?.text ?? '') ||
      tokens[v.from - 1]?.key === 'có';
    // "… chủ trì Hội nghị có đồng chí X", "sự tham dự và chủ trì của đồng chí X", "phát biểu của X".
    const firstNameAfter = inSentence.find((n) => n.from >= v.to);
    // The look-ahead stays inside the sentence: "A chủ trì hội nghị. Cùng dự có B" — the "có" of
    // the next sentence does not turn "chủ trì" forward.
    // Nor past a semicolon: "A chủ trì buổi lễ; cùng dự có B" (decision 0064).
    const ahead = tokens.slice(v.to, Math.min(firstNameAfter?.from ?? v.to + 6, v.to + 6));
    const semicolon = ahead.findIndex((t) => t.text === ';');
    const lookahead = (semicolon < 0 ? ahead : ahead.slice(0, semicolon)).filter((t) => t.start < s.end);
    // After a comma, the verb looks back when a name was just written ("X, Bí thư …, dự, chủ trì và trao").
    const nameJustBefore = inSentence.some((n) => {
      const end = n.posts.reduce((e, p) => (p.from >= n.to && p.to <= v.from ? Math.max(e, p.to) : e), n.to);
      return end <= v.from && v.from - end <= 3;
    });
    // "A và B trả lời chất vấn của cử tri": a speaker written right before the verb is its
    // subject, and "của" names whom it answers (decision 0064); "phát biểu của X" has no subject.
    const ofPointsForward = tokens[v.to]?.key === 'của' && !(rel === 'speak' && nameJustBefore);
    // A "có" with no name after it in the sentence introduces nobody ("X cho biết dây chuyền có công
    // suất …"): the verb keeps its subject before it (decision 0085).
    const pointsForward = ofPointsForward || (!!firstNameAfter && lookahead.some((t) => t.key === 'có'));
    const sentenceStartVerb = v.from === tokenAt(s.start) || tokens[v.from - 1]?.key === 'có';
    // "Báo cáo với đoàn, Chủ tịch UBND tỉnh X cho biết …", "Phát biểu tại buổi làm việc, X …": a
    // speech verb opening its sentence, with no name before it, is the speech of the first name after.
    const openingSpeech = rel === 'speak' && sentenceStartVerb && !inSentence.some((n) => n.to <= v.from);
    const forward =
      v.entry.direction === 'after' ||
      pointsForward ||
      openingSpeech ||
      (rel !== 'speak' && (sentenceStartVerb || (atClauseStart && !nameJustBefore)));
    if (forward) {
      // "Dự hội nghị có các đồng chí: A; B", "dưới sự chủ trì của đồng chí X": names after the verb up to the next verb.
      const nextVerb = sentenceVerbs.find(
        (o) =>
          o.from > v.to &&
          o.entry.relation !== 'implement' &&
          inSentence.some((n) => n.from > v.to && n.to <= o.from),
      );
      chosen = inSentence.filter((n) => n.from >= v.to && (!nextVerb || n.from < nextVerb.from));
      if (tokens[v.to]?.key === 'của') chosen = chosen.slice(0, 1);
      else if (rel === 'speak') chosen = speakerListAfter(tokens, chosen);
    } else {
      // "X, posts chủ trì hội nghị": names before the verb, back to the previous verb that has names of its own.
      const prevVerb = [...sentenceVerbs]
        .reverse()
        .find(
          (o) =>
            o.to <= v.from &&
            ['chair', 'attend', 'speak'].includes(o.entry.relation) &&
            inSentence.some((n) => n.from >= o.to && n.to <= v.from),
        );
      chosen = inSentence.filter((n) => n.to <= v.from && (!prevVerb || n.from >= prevVerb.to));
      if (rel === 'speak')
        chosen = speakersBefore(tokens, (to) => article.text.slice(s.start, tokens[to]!.start), chosen);
      // "Kế hoạch do A ký, yêu cầu …": the signer of a paper is not the speaker (decision 0095).
      if (rel === 'speak') chosen = chosen.filter((n) => !signedBy(tokens, n));
      // "X hội đàm với Tổng thống Pháp Y": the guest, the first name after the verb in its clause.
      if (rel === 'attend' && GUEST_AFTER_VERB.test(matchKey(v.entry.words))) {
        const nextVerb = sentenceVerbs.find((o) => o.from >= v.to);
        const guest = inSentence.find((n) => n.from >= v.to && (!nextVerb || n.to <= nextVerb.from));
        if (guest) chosen = [...chosen, guest];
      }
      // "Các đại biểu chất vấn Giám đốc Sở A về …; Giám đốc Sở B về …": whoever is questioned attends (decision 0100).
      if (rel === 'speak' && QUESTIONED_AFTER_VERB.test(matchKey(v.entry.words))) {
        const nextVerb = sentenceVerbs.find((o) => o.from >= v.to);
        chosen = [
          ...chosen,
          ...inSentence.filter((n) => n.from >= v.to && (!nextVerb || n.to <= nextVerb.from)),
        ];
      }
    }
    // "… trao Huy hiệu cho đồng chí A": whom a handing verb hands to received it there (decision 0064).
    if (HANDING_VERB.test(v.entry.words)) chosen = [...chosen, ...handedTo(f, v, inSentence)];
    // "Bị cáo A cho rằng …", "Đối với đồng chí B, … yêu cầu …": one tried or disciplined is no attendant (decision 0111).
    if (rel !== 'chair')
      chosen = chosen.filter(
        (n) => !NOT_AN_ATTENDEE_BEFORE.test(article.text.slice(s.start, tokens[leadOf(tokens, n)]!.start)),
      );
    for (const n of chosen) {
      const person = personName(n);
      const ev = evidenceOf(
        article,
        v.sentence,
        tokens[Math.min(n.from, v.from)]!.start,
        tokens[Math.max(n.to, v.to) - 1]!.end,
      );
      if (rel === 'chair') {
        if (!chaired.has(person)) {
          chaired.add(person);
          out.push({ type: 'CHAIRED', person, event: mainEvent?.name, evidence: ev });
        }
      } else attended.push({ person, ev });
    }
  }
  for (const a of attended) {
    if (chaired.has(a.person)) continue;
    out.push({ type: 'ATTENDED', person: a.person, event: mainEvent?.name, evidence: a.ev });
  }

  return out;
}
