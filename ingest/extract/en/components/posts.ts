// Component 5, posts: HOLDS_POSITION and each person's titles. A run of posts joined by commas and
// "and" belongs to the name right after it ("Politburo member and Prime Minister A"), else to the
// name right before it ("A, Politburo member, …", an age between commas skipped), or to the nearest
// name before "as"; a plural post goes to every name of the list it heads ("Politburo members A and
// B", "Politburo members: A, B"). "former" governs its post and the later ones of the run: titles
// are kept, no relation.
import type { ExtractedPerson } from '../../../types.ts';
import { nameKey } from '../../../text/normalise.ts';
import { evidenceOf } from '../../evidence.ts';
import type { NameSpan } from '../names.ts';
import {
  ACTING_BEFORE_POST,
  APPOSITION_CLAUSE,
  EVENT_NOUN,
  FORMER_RUN_BEFORE_POST,
  PASSIVE_ELECTED_BEFORE_POST,
  REMAINS_BEFORE_POST,
} from '../lexicon.ts';
import { postBodyName, type PostPhrase } from '../post-phrase.ts';
import {
  personList,
  type BodyLayer,
  type Element,
  type KeyedRelation,
  type PersonLayer,
  type PhraseLayer,
  type PostLayer,
  type TokenLayer,
} from './article.ts';
import { unnamed } from '../../../base/unnamed.ts';

type PostElement = Extract<Element, { kind: 'post' }>;

const isSeparator = (e: Element | undefined, ...texts: string[]) =>
  e?.kind === 'token' && texts.includes(e.token.key || e.token.text);
const isAge = (e: Element | undefined) =>
  e?.kind === 'token' && e.token.kind === 'number' && Number(e.token.text) < 120;

/**
 * The person at els[at], or after a title written before the name ("the university's rector,
 * Associate Professor A": the honorific's skip, or capitalised tokens with their full stops; decision 0130).
 */
function holderAfterTitle(els: readonly Element[], at: number): Extract<Element, { kind: 'person' }> | null {
  for (let k = at; k < at + 6; k++) {
    const e = els[k];
    if (e?.kind === 'person') return e;
    if (e?.kind === 'skip') continue;
    if (e?.kind !== 'token' || !(e.token.cap || e.token.text === '.')) return null;
  }
  return null;
}

/** The keys of the elements from..to (exclusive), joined by spaces. */
const keysOf = (els: readonly Element[], from: number, to: number): string =>
  els
    .slice(Math.max(0, from), to)
    .map((e) => (e.kind === 'token' ? e.token.key : ''))
    .join(' ');

/** The keys of the two elements before `lead`, as the post cues of patterns.tsv read them ("remains a", "post of", "act as"). */
const twoKeysBefore = (els: readonly Element[], lead: number): string =>
  [els[lead - 2], els[lead - 1]]
    .map((e) => (e?.kind === 'token' ? e.token.key : ''))
    .join(' ')
    .trim();

export function readPosts(doc: TokenLayer & PersonLayer & PhraseLayer & BodyLayer): PostLayer {
  const { article, personKey, orgNamed, orgNameOf } = doc;
  const persons = new Map<string, ExtractedPerson>();
  for (const [key, p] of doc.personMentions) persons.set(key, { ...p, titles: [] });
  const positions: KeyedRelation[] = [];

  const givePost = unnamed(
    (
      name: NameSpan,
      post: PostPhrase,
      sentence: number,
      former: boolean,
      asTitle = post.text,
      bareBeforeName = false,
    ) => {
      const person = persons.get(personKey(name))!;
      const title = asTitle.replace(/^(?:an?|the)\s+/i, '');
      if (!person.titles.some((t) => t.toLowerCase() === title.toLowerCase())) person.titles.push(title);
      if (former) return;
      const organization =
        postBodyName(post, orgNamed, orgNameOf) ??
        (post.elected ? electorBody(sentence, post.start) : null) ??
        (bareBeforeName && post.bare && !post.impliedBody && !post.portfolio
          ? articleBodyFor(post.bare, sentence)
          : null);
      const role = post.role;
      positions.push({
        key: `H|${nameKey(person.name)}|${role.toLowerCase()}|${organization ?? ''}`,
        relation: {
          type: 'HOLDS_POSITION',
          person: person.name,
          role,
          organization,
          evidence: evidenceOf(
            article,
            sentence,
            Math.min(post.start, name.start),
            Math.max(post.end, name.end),
          ),
        },
      });
    },
  );

  /**
   * The first body of a fitting kind the article named, in a sentence before `sentence`: the post of
   * a bare "Deputy Minister A" or "Director General B" (posts.tsv `bare-article-body`; decision 0086)
   * — a minister's post in the first ministry named, the others in the first body that is not one. A
   * report that opens with its host ("The Hanoi People's Committee received the Ministry of
   * Construction … Deputy Minister A") gives the post the ministry named after it (decision 0092). A
   * Party Committee's deputy ("Deputy Secretary A") the first Party Committee named (decision 0096).
   */
  const articleBodyFor = unnamed((bare: 'ministry' | 'body' | 'party', sentence: number): string | null => {
    for (const m of doc.bodyMentions) {
      if (m.sentence >= sentence) return null;
      if (m.body.generic || m.body.anaphor) continue;
      const name = orgNameOf(m.body, m.body.start);
      if (!name) continue;
      if (
        bare === 'party'
          ? /\bParty Committee$/.test(name)
          : /\bMinistry\b/.test(name) === (bare === 'ministry')
      )
        return name;
    }
    return null;
  });

  /**
   * "Prosecutor A of the People's Procuracy of Hanoi": the body after "of" right after the name a bare
   * post stands before is the post's (decision 0092). Not an anaphor nor a generic body.
   */
  const bodyOfAfterName = unnamed((els: Element[], name: number) => {
    let k = name + 1;
    if (!isSeparator(els[k], 'of')) return null;
    k++;
    if (isSeparator(els[k], 'the')) k++;
    const e = els[k];
    return e?.kind === 'body' && !e.body.generic && !e.body.anaphor ? e.body : null;
  });

  /** The last named body before offset `before` in the sentence: what an "its" before a post owns. */
  const ownedBodyBefore = unnamed((sentence: number, before: number) => {
    let owned: (typeof doc.bodyMentions)[number]['body'] | null = null;
    for (const m of doc.bodyMentions) {
      if (m.sentence > sentence || (m.sentence === sentence && m.body.start >= before)) break;
      if (m.sentence === sentence && !m.body.generic && !m.body.anaphor) owned = m.body;
    }
    return owned;
  });

  /**
   * The body an election in lower case gives its post in ("the congress elected A as its chairman",
   * "two vice chairmen were elected: A and B"): the last named body before the post in its sentence,
   * else the first body named in the article's first sentence that tells of a meeting (an event
   * noun: "X held its congress", "X elects new leadership at 8th congress") — the body whose meeting
   * elects. Not the article's first body: an article that opens with a visiting delegation would
   * give the post to the guests (decision 0116, amended at the merge). Not an anaphor nor a
   * generic body; none when no meeting sentence names a body.
   */
  const electorBody = unnamed((sentence: number, before: number): string | null => {
    let inSentence: (typeof doc.bodyMentions)[number]['body'] | null = null;
    let meetingSentence = -1;
    let ofMeeting: (typeof doc.bodyMentions)[number]['body'] | null = null;
    for (const m of doc.bodyMentions) {
      if (m.sentence > sentence || (m.sentence === sentence && m.body.start >= before)) break;
      if (m.body.generic || m.body.anaphor) continue;
      if (m.sentence === sentence) inSentence = m.body;
      else if (meetingSentence < 0 || m.sentence === meetingSentence) {
        if (meetingSentence < 0 && tellsOfMeeting(m.sentence)) meetingSentence = m.sentence;
        if (m.sentence === meetingSentence) ofMeeting ??= m.body;
      }
    }
    const found = inSentence ?? ofMeeting;
    return found ? orgNameOf(found, found.start) : null;
  });
  const tellsOfMeeting = unnamed((sentence: number): boolean => {
    const { start, end } = article.sentences[sentence]!;
    return EVENT_NOUN.test(article.text.slice(start, end));
  });

  doc.elementsBySentence.forEach((els, sentence) => {
    for (let k = 0; k < els.length; k++) {
      if (els[k]!.kind !== 'post') continue;
      // the run of posts joined by commas and "and"
      let end = k;
      while (true) {
        let n = end + 1;
        if (isSeparator(els[n], ',')) n++;
        if (isSeparator(els[n], 'and')) n++;
        if (n > end + 1 && els[n]?.kind === 'post') end = n;
        else break;
      }
      // "A, deputy head of the steering committee, and Head of X B attended": a run set off after a
      // name ends at ", and" when a name follows the run — the posts after it are B's (decision 0130).
      if (end > k && isSeparator(els[k - 1], ',') && els[k - 2]?.kind === 'person') {
        let after = end + 1;
        while (els[after]?.kind === 'skip') after++;
        if (els[after]?.kind === 'person')
          for (let b = k + 1; b <= end; b++)
            if (isSeparator(els[b], ',') && isSeparator(els[b + 1], 'and')) {
              end = b - 1;
              break;
            }
      }
      const run = els.slice(k, end + 1).filter((e): e is PostElement => e.kind === 'post');
      // Back to the post before, not past it: "A, formerly Secretary of X, was appointed Secretary
      // of Y" — the "formerly" of the first run does not make the second former (decision 0127).
      let from = Math.max(0, k - 5);
      for (let b = k - 1; b >= from; b--)
        if (els[b]!.kind === 'post') {
          from = b + 1;
          break;
        }
      const wordsBefore = els
        .slice(from, k)
        .map((e) => (e.kind === 'token' ? e.token.key : ''))
        .join(' ');
      // "former" governs its post and the posts after it in the run ("former member of X,
      // Secretary of Y"), not those before ("a Politburo member and former head of …").
      const formerRun = FORMER_RUN_BEFORE_POST.test(wordsBefore);
      const formerFrom = run.findIndex((e) => e.post.former);
      const isFormer = unnamed(
        (r: PostElement) => formerRun || (formerFrom >= 0 && run.indexOf(r) >= formerFrom),
      );
      const former = formerRun || formerFrom === 0;
      let after = end + 1;
      while (els[after]?.kind === 'skip') after++;
      const next = els[after];
      const single = run.length === 1 ? run[0]!.post : null;
      // "two vice chairmen were elected: A and B": the list after the election's colon (decision 0116)
      const colon = single?.elected && !isSeparator(next, ':') ? after + 2 : after;
      if (single?.plural && isSeparator(els[colon], ':')) {
        for (const p of els.slice(colon))
          if (p.kind === 'person') givePost(p.name, single, sentence, former, single.role);
      } else if (
        single?.plural &&
        isSeparator(next, ',') &&
        els[after + 1]?.kind === 'person' &&
        !single.body
      ) {
        // "The Politburo members, A and B, attended": the list set off by commas after the post.
        for (const p of personList(els, after + 1, 1))
          givePost(p.name, single, sentence, former, single.role);
      } else if (next?.kind === 'person' && single?.plural) {
        // "Deputy Prime Ministers A and B": the plural post goes to each name of the list it heads.
        for (const p of personList(els, after, 1)) givePost(p.name, single, sentence, former, single.role);
      } else if (next?.kind === 'person') {
        // "a delegation from Nokia led by its President and CEO A": "its" before the run gives each
        // post with no body of its own the last body named before it in the sentence (decision 0092).
        const owner = els[k - 1];
        const ownerBody =
          owner?.kind === 'token' && owner.token.key === 'its' && !owner.token.cap
            ? ownedBodyBefore(sentence, run[0]!.post.start)
            : null;
        for (const [n, r] of run.entries()) {
          // "Chairman and General Director of Viettel A": the first post takes the body of the one it
          // is joined to by "and" (posts.tsv `shares-body`; decision 0086).
          const joined = run[n + 1];
          const post =
            r.post.sharesBody && joined?.post.body && isSeparator(els[els.indexOf(joined) - 1], 'and')
              ? { ...r.post, body: joined.post.body }
              : r.post;
          const unowned = !post.body && !post.impliedBody && !post.portfolio;
          // "Prosecutor A of the People's Procuracy of Hanoi": the body after the name (decision 0092).
          const bodyAfter = unowned && !ownerBody && run.length === 1 ? bodyOfAfterName(els, after) : null;
          const owned =
            unowned && (ownerBody ?? bodyAfter) ? { ...post, body: ownerBody ?? bodyAfter } : post;
          givePost(next.name, owned, sentence, isFormer(r), r.post.text, run.length === 1);
        }
      } else {
        // "A, the city’s mayor,", "as the country’s public security minister": a determiner and a
        // possessive between the post and what it is said of (decision 0057).
        let lead = k;
        // "A, British Ambassador to Viet Nam,", "B, the Chinese Ambassador,": a nationality or an
        // owner's acronym right before the post (decision 0071).
        const nationality = els[lead - 1];
        if (
          nationality?.kind === 'token' &&
          nationality.token.kind === 'word' &&
          nationality.token.cap &&
          !nationality.token.possessive
        )
          lead--;
        const possessive = els[lead - 1];
        if (possessive?.kind === 'token' && possessive.token.kind === 'word' && possessive.token.possessive)
          lead--;
        if (isSeparator(els[lead - 1], 'the')) lead--;
        // "elected A as its chairman": "its" between "as" and the post (decision 0116)
        if (
          run[0]!.post.elected &&
          isSeparator(els[lead - 1], 'its', 'their') &&
          isSeparator(els[lead - 2], 'as')
        )
          lead--;
        // "Vo Van Tung, who is also head of …": the relative clause of pattern apposition-clause between
        // the comma and the post, read as the comma alone (as for foreign names since 0094; decision 0130).
        // Only "who is": "who was then Chairman" tells a post held before.
        for (const n of [3, 2])
          if (
            isSeparator(els[lead - n - 1], ',') &&
            els.slice(lead - n, lead).every((e) => e.kind === 'token') &&
            APPOSITION_CLAUSE.test(keysOf(els, lead - n, lead)) &&
            // "who was then Chairman": a post held before is no post held (0114's convention).
            !isSeparator(els[lead - n + 1], 'was')
          ) {
            lead -= n;
            break;
          }
        let before = lead - 1;
        // skip separators and an age between commas: "Cuong, 67, a Politburo member"
        // and "formerly" after the comma: "Long, 52, formerly Secretary of …," (decision 0127)
        while (
          els[before]?.kind === 'skip' ||
          isSeparator(els[before], ',', '-', '–', '—', '(', 'formerly', 'previously') ||
          isAge(els[before])
        )
          before--;
        const prev = els[before];
        const owner = els[k - 1];
        if (prev?.kind === 'person' && before >= lead - 5) {
          // "A, Vice President and General Secretary of X,": the first post shares the body of the one
          // it is joined to by "and", as before a name (posts.tsv `shares-body`; decision 0135).
          for (const [n, r] of run.entries()) {
            const joined = run[n + 1];
            const post =
              r.post.sharesBody &&
              !r.post.body &&
              joined?.post.body &&
              isSeparator(els[els.indexOf(joined) - 1], 'and')
                ? { ...r.post, body: joined.post.body }
                : r.post;
            givePost(prev.name, post, sentence, isFormer(r));
          }
        } else if (
          // "its chairwoman, Nguyen Thi Le", "the city's mayor, A": the name set off after an owned post (0076)
          owner?.kind === 'token' &&
          owner.token.kind === 'word' &&
          (owner.token.possessive || owner.token.key === 'its' || owner.token.key === 'their') &&
          isSeparator(next, ',') &&
          holderAfterTitle(els, after + 1)
        ) {
          const holder = holderAfterTitle(els, after + 1)!;
          for (const r of run) givePost(holder.name, r.post, sentence, isFormer(r));
        } else if (
          isSeparator(els[lead - 1], 'as') ||
          // "Son remains a Deputy Prime Minister" (decision 0076), "to hold the post of" (0096)
          REMAINS_BEFORE_POST.test(twoKeysBefore(els, lead)) ||
          (isSeparator(els[lead - 1], 'a', 'an') && isSeparator(els[lead - 2], 'as')) ||
          // "To Lam, who was elected state president": the person the passive clause is about.
          // "A was re-elected Secretary of …" (patterns.tsv passive-elected-before-post; 0057, 0112)
          PASSIVE_ELECTED_BEFORE_POST.test(twoKeysBefore(els, lead))
        ) {
          const nearest = els
            .slice(0, lead)
            .filter((e) => e.kind === 'person')
            .at(-1);
          // "elected A and B as Deputy Prime Ministers": a plural post goes to the list the name ends.
          const holders =
            nearest?.kind !== 'person'
              ? []
              : single?.plural
                ? personList(els, els.indexOf(nearest), -1)
                : [nearest];
          // "assigned A to act as Chairman of the committee": the post held acting (decision 0096).
          const acting = ACTING_BEFORE_POST.test(twoKeysBefore(els, lead));
          for (const holder of holders)
            for (const r of run)
              givePost(
                holder.name,
                acting ? { ...r.post, role: `acting ${r.post.role}` } : r.post,
                sentence,
                isFormer(r),
                single?.plural ? single.role : undefined,
                // "elected A as Standing Deputy Secretary": a Party Committee's deputy (decision 0096)
                r.post.bare === 'party',
              );
        }
      }
      k = end;
    }
  });
  return { persons, positions };
}
