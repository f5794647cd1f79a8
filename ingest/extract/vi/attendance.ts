// CHAIRED and ATTENDED: the persons on the side of a chair, attend or speak verb (verbs.tsv) that
// its direction and the clause point to: "X chủ trì", "dưới sự chủ trì của X", "Dự hội nghị có
// X; Y", "X, Bí thư …, dự, chủ trì và trao"; a speaker attends. A chair does not also attend.
import { evidenceOf } from '../evidence.ts';
import type { Evidence, ExtractedRelation } from '../../types.ts';
import type { ArticleFacts, ClauseLayer } from './doc.ts';
import type { NameSpan } from './persons.ts';
import { pattern } from './lexicon.ts';

const SPEECH_ELSEWHERE = new RegExp(pattern('speech-elsewhere'), 'u');

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
    const lookahead = tokens
      .slice(v.to, Math.min(firstNameAfter?.from ?? v.to + 6, v.to + 6))
      .filter((t) => t.start < s.end);
    const pointsForward = tokens[v.to]?.key === 'của' || lookahead.some((t) => t.key === 'có');
    // After a comma, the verb looks back when a name was just written ("X, Bí thư …, dự, chủ trì và trao").
    const nameJustBefore = inSentence.some((n) => {
      const end = n.posts.reduce((e, p) => (p.from >= n.to && p.to <= v.from ? Math.max(e, p.to) : e), n.to);
      return end <= v.from && v.from - end <= 3;
    });
    const sentenceStartVerb = v.from === tokenAt(s.start) || tokens[v.from - 1]?.key === 'có';
    const forward =
      v.entry.direction === 'after' ||
      pointsForward ||
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
      if (rel === 'speak' || tokens[v.to]?.key === 'của') chosen = chosen.slice(0, 1);
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
      if (rel === 'speak') chosen = chosen.slice(-1);
    }
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
