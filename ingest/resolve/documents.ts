// Documents as keys. A coded document is its code ("05-CT/TW"); codes whose issuer is local
// ("08-NQ/TU": every Tỉnh ủy numbers its own resolutions) are also keyed by province, so
// Đồng Tháp's 08-NQ/TU is not Lạng Sơn's. Named ones without a code are keyed by name.
import type { ExtractedDocument } from '../types.ts';
import { nameKey, nfc } from '../text/normalise.ts';
import type { Province } from '../lexicon/shared/provinces.ts';
import { slug } from './keys.ts';

/** Issuer suffixes that belong to a province's own bodies (Tỉnh ủy, Thành ủy, Huyện ủy, Đảng ủy …). */
const LOCAL_ISSUERS = new Set([
  'TU',
  'THU',
  'HU',
  'QU',
  'TXU',
  'ĐU',
  'ĐUK',
  'UBND',
  'HĐND',
  'BTGTU',
  'BDVTU',
  'BTCTU',
  'UBKTTU',
]);

const CODE_SHAPE = /^(\d+[A-ZĐa-zđ]?)[-/]([A-ZĐa-zđ.]+)[-/]([A-ZĐa-zđ.]+)$/u;

/** A state code, "<number>/<kind>-<issuer>" ("01/CT-TTg", "24/CT-UBND"): the party's shape turned round. */
const STATE_CODE_SHAPE = /^\d+[A-ZĐ]?\/[A-ZĐ.]+-[A-ZĐ.]+$/u;

/**
 * "05-ct/tw", "05 - CT/TW", "05-CT-TW" (English papers) → "05-CT/TW"; a state code keeps its own shape
 * ("01/CT-TTg" → "01/CT-TTG", not "01-CT/TTG", a code no document bears). Upper case, as stored codes
 * are (docs/graph-model.md); the key (`identifyDocument`'s slug) is the same in either shape. Other
 * shapes: upper case, no spaces.
 */
export function normaliseCode(code: string): string {
  const compact = nfc(code).replace(/\s+/g, '').toUpperCase();
  const m = CODE_SHAPE.exec(compact);
  if (!m) return compact;
  return STATE_CODE_SHAPE.test(compact) ? `${m[1]}/${m[2]}-${m[3]}` : `${m[1]}-${m[2]}/${m[3]}`;
}

export function looksLikeCode(ref: string): boolean {
  return CODE_SHAPE.test(nfc(ref).replace(/\s+/g, ''));
}

export interface DocumentIdentity {
  id: string;
  code: string | null;
  name: string;
  number: string | null;
  issuerCode: string | null;
  province: string | null;
}

export function identifyDocument(
  doc: Pick<ExtractedDocument, 'code' | 'name' | 'type' | 'number' | 'issuerCode'>,
  articleProvince: Province | null,
): DocumentIdentity {
  if (doc.code) {
    const code = normaliseCode(doc.code);
    const m = CODE_SHAPE.exec(code);
    const issuerCode = doc.issuerCode ? doc.issuerCode.toUpperCase() : (m?.[3] ?? null);
    const local = issuerCode !== null && LOCAL_ISSUERS.has(issuerCode.toUpperCase());
    const province = local ? (articleProvince?.name ?? null) : null;
    return {
      id: `doc:${slug(code)}${province ? `@${slug(province)}` : ''}`,
      code,
      name: doc.name ? nfc(doc.name) : `${doc.type} ${code}`.trim(),
      number: doc.number ?? m?.[1] ?? null,
      issuerCode,
      province,
    };
  }
  const name = nfc(doc.name ?? doc.type)
    .replace(/\s+/g, ' ')
    .trim();
  return {
    id: `doc:${slug(nameKey(name))}`,
    code: null,
    name,
    number: doc.number ?? null,
    issuerCode: null,
    province: null,
  };
}
