// The kind of a body from its name (body-kinds.tsv beside this file, the one table of it): the
// Vietnamese recogniser asks it for a head's kind, entity resolution for a body no recogniser
// listed, the English recogniser for a body the bilingual lexicon does not know.
import { ORGANIZATION_KINDS, type OrganizationKind } from '../../types.ts';
import { matchKey } from '../../text/normalise.ts';
import { escapeRegExp } from '../../text/regexp.ts';
import { LexiconError, listCell, readLexiconRows } from './lexicon-file.ts';

export type BodyLanguage = 'vi' | 'en';
type Match = 'start' | 'within' | 'word' | 'end';
const MATCHES: readonly Match[] = ['start', 'within', 'word', 'end'];

export interface BodyKindRule {
  language: BodyLanguage;
  match: Match;
  /** The phrases as keys of their language (see nameKeyOf). */
  phrases: string[];
  kind: OrganizationKind;
  /** Line in body-kinds.tsv, for messages. */
  line: number;
  /** Whether a name's key (of the rule's language) matches one of the phrases. */
  test: (key: string) => boolean;
}

/**
 * How a name is compared. Vietnamese: lower case, tone placement unified, spaces collapsed (as entity
 * resolution keys names). English: lower case with ’ as ' — the apostrophe of "People’s Council".
 */
function nameKeyOf(name: string, language: BodyLanguage): string {
  return language === 'vi' ? matchKey(name) : name.toLowerCase().replace(/’/g, "'");
}

function tester(match: Match, phrases: string[]): (key: string) => boolean {
  switch (match) {
    case 'start':
      return (key) => phrases.some((p) => key === p || key.startsWith(`${p} `));
    case 'within':
      return (key) => phrases.some((p) => key.includes(p));
    case 'end':
      return (key) => phrases.some((p) => key.endsWith(p));
    case 'word': {
      const pattern = new RegExp(`\\b(?:${phrases.map(escapeRegExp).join('|')})\\b`);
      return (key) => pattern.test(key);
    }
  }
}

const FILE = new URL('body-kinds.tsv', import.meta.url);

export const BODY_KIND_RULES: readonly BodyKindRule[] = readLexiconRows(FILE, { minColumns: 4 }).map(
  ({ cells, line }) => {
    const [language, match, phrases, kind] = cells as [string, string, string, string];
    const where = `ingest/lexicon/shared/body-kinds.tsv line ${line}`;
    if (language !== 'vi' && language !== 'en')
      throw new LexiconError(`${where}: language must be vi or en, got ${JSON.stringify(language)}`);
    if (!MATCHES.includes(match as Match))
      throw new LexiconError(
        `${where}: match must be one of ${MATCHES.join(', ')}, got ${JSON.stringify(match)}`,
      );
    if (!(ORGANIZATION_KINDS as readonly string[]).includes(kind))
      throw new LexiconError(
        `${where}: kind ${JSON.stringify(kind)} is not one of ${ORGANIZATION_KINDS.join(', ')}`,
      );
    const keys = listCell(phrases).map((p) => nameKeyOf(p, language));
    return {
      language,
      match: match as Match,
      phrases: keys,
      kind: kind as OrganizationKind,
      line,
      test: tester(match as Match, keys),
    };
  },
);

const RULES_BY_LANGUAGE: Record<BodyLanguage, readonly BodyKindRule[]> = {
  vi: BODY_KIND_RULES.filter((r) => r.language === 'vi'),
  en: BODY_KIND_RULES.filter((r) => r.language === 'en'),
};

/** The kind of a body named `name` in `language`: the first rule of the table that matches, else 'other'. */
export function bodyKind(name: string, language: BodyLanguage): OrganizationKind {
  const key = nameKeyOf(name, language);
  return RULES_BY_LANGUAGE[language].find((rule) => rule.test(key))?.kind ?? 'other';
}
