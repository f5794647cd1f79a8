// Posts as keys: a post is a role at a body. Written without its body, a post either still names one
// post (the body is implied: "Thủ tướng" is the Chính phủ's; or it is unique in the country: "Chủ tịch
// nước"), listed in national-posts.tsv, or it names none ("Bộ trưởng"), and the resolver keeps it to
// its holder.
import { readLexicon } from '../lexicon/shared/lexicon-file.ts';
import { nameKey } from '../text/normalise.ts';

interface NationalPost {
  role: string;
  /** The body the post belongs to, or null for a post that is one in the country on its own. */
  body: string | null;
}

const NATIONAL_POSTS = new Map<string, NationalPost>(
  readLexicon('national-posts.tsv').map(([written = '', role = '', body = '']) => [
    nameKey(written),
    { role, body: body === '-' || body === '' ? null : body },
  ]),
);

export interface Post {
  role: string;
  /** The body as written or implied, or null when none is known. */
  body: string | null;
  /** True for a post without a body that is still one post (in the national table). */
  national: boolean;
}

/** The post `role` (as written, translated) at `body` (as written, or null when the text gives none). */
export function postOf(role: string, body: string | null | undefined): Post {
  if (body) return { role, body, national: false };
  const known = NATIONAL_POSTS.get(nameKey(role));
  if (!known) return { role, body: null, national: false };
  return { role: known.role, body: known.body, national: known.body === null };
}
