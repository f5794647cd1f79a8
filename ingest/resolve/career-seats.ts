// The "seat" of a post: the body at which its holder works full time, so that two posts at different
// seats held at the same time tell two people of one name apart (docs/decisions/0009). A body in a
// province is a seat in that province; a central body is its own seat, its party committee the
// same seat ("Đảng ủy Bộ Y tế" is Bộ Y tế); bodies everybody also sits on are no seat at all.
import { readLexicon } from '../lexicon/shared/lexicon-file.ts';
import { nameKey } from '../text/normalise.ts';
import type { BodyIdentity } from './bodies.ts';
import { slug } from './keys.ts';

const SEATS = new Map(
  readLexicon('career-seats.tsv').map(([body = '', seat = '']) => [
    nameKey(body),
    seat === '-' ? null : seat,
  ]),
);
const PARTY_PREFIX = /^(?:đảng ủy|ban cán sự đảng|đảng đoàn|đảng bộ) /u;

/** The seat of a post at `body`, or null when the post says nothing about where its holder works. */
export function seatOf(body: BodyIdentity): string | null {
  if (body.unresolved) return null;
  if (body.province) return `province:${slug(body.province)}`;
  const key = nameKey(body.name);
  if (SEATS.has(key)) {
    const seat = SEATS.get(key);
    return seat ? `body:${slug(seat)}` : null;
  }
  const owner = body.name.toLowerCase().replace(PARTY_PREFIX, '');
  const ownerSeat = SEATS.get(nameKey(owner));
  if (ownerSeat === null) return null;
  return `body:${slug(ownerSeat ?? owner)}`;
}

/** Two posts this close in time (days) at different seats are not one person's. */
export const SAME_TIME_DAYS = 730;
