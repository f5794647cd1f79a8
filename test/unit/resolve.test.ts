import { describe, expect, it } from 'vitest';
import { personDisplayName, personNameKey } from '../../ingest/resolve/person-names.ts';
import { postOf } from '../../ingest/resolve/posts.ts';
import { seatOf } from '../../ingest/resolve/career-seats.ts';
import { endsInProvince, unitReading } from '../../ingest/resolve/person-plausibility.ts';
import { bodyShape, expandAbbreviations, identifyBody, impliedParent } from '../../ingest/resolve/bodies.ts';
import { bodyKind } from '../../ingest/lexicon/shared/body-kinds.ts';
import { lookupProvince, provinceOfHost } from '../../ingest/lexicon/shared/provinces.ts';
import { identifyDocument, normaliseCode } from '../../ingest/resolve/documents.ts';
import { PersonRegistry } from '../../ingest/resolve/person-registry.ts';
import { curatedId, splitKey, type CurationRules } from '../../ingest/resolve/curation-rules.ts';
import { articleIdOf, resolveArticle, type ArticleInput } from '../../ingest/resolve/resolve-article.ts';
import { NO_CURATIONS } from '../../ingest/resolve/curation-rules.ts';
import type { ArticleRecord, Extraction, ExtractedRelation } from '../../ingest/types.ts';

const dongThap = lookupProvince('Đồng Tháp');
const langSon = lookupProvince('Lạng Sơn');
const thanhHoa = lookupProvince('Thanh Hóa');

describe('person names', () => {
  it('strips honorifics, ranks and degrees, repeatedly', () => {
    expect(personDisplayName('đồng chí Phạm Minh Chính')).toBe('Phạm Minh Chính');
    expect(personDisplayName('Đồng chí  Đại tướng Phan Văn Giang')).toBe('Phan Văn Giang');
    expect(personDisplayName('PGS.TS Nguyễn Kim Sơn')).toBe('Nguyễn Kim Sơn');
    expect(personDisplayName('Mr. Pham Minh Chinh')).toBe('Pham Minh Chinh');
  });
  it('does not strip a name that merely starts like an honorific', () => {
    // "Bàng" starts with "bà" but is a family name.
    expect(personDisplayName('Bàng Thị Hoa')).toBe('Bàng Thị Hoa');
  });
  it('folds diacritics, đ, case, NFD and old tone placement into one key', () => {
    const nfd = 'Phạm Minh Chính'.normalize('NFD');
    expect(personNameKey(nfd)).toBe('pham minh chinh');
    expect(personNameKey('Pham Minh Chinh')).toBe(personNameKey('Phạm Minh Chính'));
    expect(personNameKey('Đỗ Văn Chiến')).toBe('do van chien');
    expect(personNameKey('Nguyễn Văn Thuỷ')).toBe(personNameKey('Nguyễn Văn Thủy'));
  });
});

describe('bodies', () => {
  it('expands abbreviations as whole words, longest first', () => {
    expect(expandAbbreviations('Đảng uỷ Bộ GDĐT')).toBe('Đảng ủy Bộ Giáo dục và Đào tạo');
    expect(expandAbbreviations('BTV Tỉnh ủy')).toBe('Ban Thường vụ Tỉnh ủy');
    expect(expandAbbreviations('UBMTTQ tỉnh')).toBe('Ủy ban Mặt trận Tổ quốc tỉnh');
    expect(expandAbbreviations('HĐND tỉnh')).toBe('Hội đồng nhân dân tỉnh');
    expect(expandAbbreviations('ĐUK các cơ quan tỉnh')).toBe('Đảng ủy Khối các cơ quan tỉnh');
  });
  it('gives one id to a body under its abbreviation and its full name', () => {
    const a = identifyBody('Đảng uỷ Bộ GDĐT', { province: null });
    const b = identifyBody('Đảng ủy Bộ Giáo dục và Đào tạo', { province: dongThap });
    expect(a.id).toBe(b.id);
    expect(a.province).toBeNull();
    expect(identifyBody('Sở GD&ĐT', { province: dongThap }).id).toBe(
      identifyBody('Sở Giáo dục và Đào tạo', { province: dongThap }).id,
    );
  });
  it('places a local body named without its province in the article province', () => {
    const body = identifyBody('Tỉnh ủy', { province: dongThap });
    expect(body.name).toBe('Tỉnh ủy Đồng Tháp');
    expect(body.province).toBe('Đồng Tháp');
    expect(body.id).toBe(identifyBody('Tỉnh uỷ Đồng Tháp', { province: langSon }).id);
    expect(identifyBody('UBND tỉnh', { province: dongThap }).name).toBe('Ủy ban nhân dân tỉnh Đồng Tháp');
    expect(identifyBody('Sở Giáo dục và Đào tạo', { province: langSon }).name).toBe(
      'Sở Giáo dục và Đào tạo tỉnh Lạng Sơn',
    );
    expect(identifyBody('Tỉnh ủy', { province: dongThap }).id).not.toBe(
      identifyBody('Tỉnh ủy', { province: langSon }).id,
    );
    expect(identifyBody('Tỉnh ủy tỉnh Đồng Tháp', { province: null }).id).toBe(
      identifyBody('Tỉnh ủy', { province: dongThap }).id,
    );
  });
  it('uses the province the extractor stated over the article province', () => {
    expect(identifyBody('Tỉnh ủy', { province: dongThap }, 'Lạng Sơn').name).toBe('Tỉnh ủy Lạng Sơn');
  });
  it('keeps central bodies without a province and unifies their full forms', () => {
    expect(identifyBody('Bộ Chính trị', { province: dongThap }).province).toBeNull();
    expect(identifyBody('Ban Chấp hành Trung ương', { province: dongThap }).id).toBe(
      identifyBody('BCH Trung ương Đảng', { province: null }).id,
    );
    expect(identifyBody('Ban Bí thư Trung ương Đảng', { province: null }).name).toBe('Ban Bí thư');
  });
  it('tells a body named only by its kind from one named in full', () => {
    expect(bodyShape('Tỉnh ủy')).toEqual({ generic: true, scope: 'province' });
    expect(bodyShape('Ban Thường vụ Tỉnh ủy')).toEqual({ generic: true, scope: 'province' });
    expect(bodyShape('Hội đồng nhân dân huyện')).toEqual({ generic: true, scope: 'district' });
    expect(bodyShape('Hội đồng nhân dân')).toEqual({ generic: true, scope: 'any' });
    expect(bodyShape('Đảng ủy')).toEqual({ generic: true, scope: 'host' });
    expect(bodyShape('đoàn đại biểu Quốc hội tỉnh')).toEqual({ generic: true, scope: 'province' });
    expect(bodyShape('Đảng ủy Khối các cơ quan tỉnh')).toEqual({ generic: true, scope: 'province' });
    expect(bodyShape('Đảng ủy Bộ Y tế')).toEqual({ generic: false, scope: null });
    expect(bodyShape('Bộ Công an')).toEqual({ generic: false, scope: null });
    expect(bodyShape('Đảng ủy Khối các cơ quan Trung ương')).toEqual({ generic: false, scope: null });
    expect(bodyShape('Sở Nội vụ')).toEqual({ generic: false, scope: 'province' });
    expect(bodyShape('Ủy ban nhân dân xã Tân Hồng')).toEqual({ generic: false, scope: 'commune' });
    expect(bodyShape('Hội Cựu chiến binh tỉnh')).toEqual({ generic: false, scope: 'province' });
    // "Xã hội" (society) is not the level "xã": the ministry exists once in the country.
    expect(bodyShape('Bộ Lao động - Thương binh và Xã hội')).toEqual({ generic: false, scope: null });
  });
  it('keeps a body named only by its kind to its article when the context cannot place it', () => {
    const a = identifyBody('Đảng ủy', { province: dongThap, articleId: 'article:a' });
    const b = identifyBody('Đảng ủy', { province: dongThap, articleId: 'article:b' });
    expect(a.unresolved).toBe(true);
    expect(a.name).toBe('Đảng ủy');
    expect(a.id).not.toBe(b.id);
    // A kind that exists at every level says nothing without its level word.
    expect(identifyBody('Hội đồng nhân dân', { province: dongThap, articleId: 'article:a' }).unresolved).toBe(
      true,
    );
    expect(identifyBody('Tỉnh ủy', { province: null, articleId: 'article:a' }).unresolved).toBe(true);
    expect(identifyBody('Sở Y tế', { province: null, articleId: 'article:a' }).unresolved).toBe(true);
    expect(identifyBody('UBND huyện', { province: dongThap, articleId: 'article:a' }).unresolved).toBe(true);
  });
  it('reads a bare kind as the one body of that kind the article names in full', () => {
    const namedBodies = [identifyBody('Đảng ủy Bộ Y tế', { province: null })];
    const context = { province: null, articleId: 'article:a', namedBodies };
    expect(identifyBody('Đảng ủy', context).id).toBe(namedBodies[0]!.id);
    const two = [...namedBodies, identifyBody('Đảng ủy Bộ Tư pháp', { province: null })];
    expect(identifyBody('Đảng ủy', { ...context, namedBodies: two }).unresolved).toBe(true);
    const thanhHoa = identifyBody('Tỉnh ủy Thanh Hóa', { province: null });
    expect(
      identifyBody('Ban Thường vụ Tỉnh ủy', { province: null, articleId: 'x', namedBodies: [thanhHoa] }).name,
    ).toBe('Ban Thường vụ Tỉnh ủy Thanh Hóa');
    // Two provinces' committees in one article: "Tỉnh ủy" alone is neither.
    const both = [thanhHoa, identifyBody('Tỉnh ủy Nghệ An', { province: null })];
    expect(
      identifyBody('Tỉnh ủy', { province: dongThap, articleId: 'x', namedBodies: both }).unresolved,
    ).toBe(true);
  });
  it("places a district's body named by its kind in the one district the article names", () => {
    const quanHoa = identifyBody('Huyện ủy Quan Hóa', { province: thanhHoa });
    const context = { province: thanhHoa, articleId: 'x', namedBodies: [quanHoa] };
    expect(identifyBody('Hội đồng nhân dân huyện', context).name).toBe(
      'Hội đồng nhân dân huyện Quan Hóa tỉnh Thanh Hóa',
    );
    expect(identifyBody('Huyện ủy', context).id).toBe(quanHoa.id);
    // Two districts named: neither; no province: district names repeat across provinces.
    const two = [quanHoa, identifyBody('Huyện ủy Mường Lát', { province: thanhHoa })];
    expect(identifyBody('Hội đồng nhân dân huyện', { ...context, namedBodies: two }).unresolved).toBe(true);
    expect(identifyBody('Hội đồng nhân dân huyện', { ...context, province: null }).unresolved).toBe(true);
  });
  it('treats a body of a province merged in 2025 as new from the merger on', () => {
    const before = identifyBody('Tỉnh ủy', { province: dongThap, date: '2024-05-01' });
    const after = identifyBody('Tỉnh ủy', { province: dongThap, date: '2025-08-01' });
    expect(before.name).toBe(after.name);
    expect(before.id).not.toBe(after.id);
    expect(after.validFrom).toBe('2025-07-01');
    // Lạng Sơn was not merged: its committee goes on.
    expect(identifyBody('Tỉnh ủy', { province: langSon, date: '2025-08-01' }).id).toBe(
      identifyBody('Tỉnh ủy', { province: langSon, date: '2020-01-01' }).id,
    );
  });
  it('does not read a body named after Hồ Chí Minh as one of the city', () => {
    expect(identifyBody('Học viện Chính trị quốc gia Hồ Chí Minh', { province: null }).province).toBeNull();
    expect(identifyBody('Thành ủy Thành phố Hồ Chí Minh', { province: null }).province).toBe('Hồ Chí Minh');
  });
  it('reads a word written twice in a body name once', () => {
    expect(identifyBody('Đảng ủy Bộ Bộ Y tế', { province: null }).id).toBe(
      identifyBody('Đảng ủy Bộ Y tế', { province: null }).id,
    );
  });
  it('knows kinds and standing bodies’ parents from the name', () => {
    expect(bodyKind('Ban Thường vụ Tỉnh ủy Đồng Tháp', 'vi')).toBe('standing-committee');
    expect(bodyKind('Hội đồng nhân dân tỉnh Lạng Sơn', 'vi')).toBe('people-council');
    expect(impliedParent('Ban Thường vụ Tỉnh ủy Đồng Tháp')).toBe('Tỉnh ủy Đồng Tháp');
    expect(impliedParent('Ủy ban Kiểm tra Trung ương')).toBeNull();
  });
});

describe('provinces', () => {
  it('reads any spelling and provincial papers’ hosts', () => {
    expect(lookupProvince('tỉnh Đồng Tháp')?.name).toBe('Đồng Tháp');
    expect(lookupProvince('Dong Thap province')?.name).toBe('Đồng Tháp');
    expect(lookupProvince('TP.HCM')?.name).toBe('Hồ Chí Minh');
    expect(provinceOfHost('baodongthap.vn')?.name).toBe('Đồng Tháp');
    expect(provinceOfHost('bdvtu.binhthuan.dcs.vn')?.name).toBe('Bình Thuận');
    expect(provinceOfHost('vietnamnews.vn')).toBeNull();
  });
});

describe('documents', () => {
  it('normalises codes, English dashes included', () => {
    expect(normaliseCode('05-ct/tw')).toBe('05-CT/TW');
    expect(normaliseCode('05-CT-TW')).toBe('05-CT/TW');
    expect(normaliseCode(' 37 - QĐ/TW ')).toBe('37-QĐ/TW');
    // a state code keeps its shape (upper case, as every stored code)
    expect(normaliseCode('01/CT-TTg')).toBe('01/CT-TTG');
    expect(normaliseCode('24/ct-ubnd')).toBe('24/CT-UBND');
    expect(normaliseCode('1234 / QĐ-TTg')).toBe('1234/QĐ-TTG');
  });
  it('keys central codes alone and local codes with the province', () => {
    const central = identifyDocument({ code: '05-CT/TW', type: 'Chỉ thị' }, dongThap);
    expect(central.id).toBe(identifyDocument({ code: '05-CT-TW', type: 'Directive' }, langSon).id);
    const dt = identifyDocument({ code: '08-NQ/TU', type: 'Nghị quyết' }, dongThap);
    const ls = identifyDocument({ code: '08-NQ/TU', type: 'Nghị quyết' }, langSon);
    expect(dt.id).not.toBe(ls.id);
    expect(dt.province).toBe('Đồng Tháp');
  });
  it('keys a state code as before its shape was kept: the same node for the code however written', () => {
    const pm = identifyDocument({ code: '01/CT-TTG', type: 'Chỉ thị' }, dongThap);
    expect(pm).toMatchObject({ id: 'doc:01-ct-ttg', code: '01/CT-TTG', name: 'Chỉ thị 01/CT-TTG' });
    expect(identifyDocument({ code: '01/ct-ttg', type: 'Directive' }, langSon).id).toBe(pm.id);
  });
});

describe('person registry', () => {
  const ctx = (postProvinces: string[], orgIds: string[] = [], articleProvince: string | null = null) => ({
    postProvinces,
    orgIds,
    articleProvince,
  });
  it('merges the same name in compatible contexts', () => {
    const reg = new PersonRegistry();
    const first = reg.resolve('nguyen van a', ctx(['Đồng Tháp'], ['org:tinh-uy-dong-thap']));
    reg.add(first.resolvedId, 'nguyen van a', ctx(['Đồng Tháp'], ['org:tinh-uy-dong-thap']));
    expect(reg.resolve('nguyen van a', ctx(['Đồng Tháp'])).resolvedId).toBe(first.resolvedId);
    // No stated post (an English article, a bare mention): compatible with anyone of the name.
    expect(reg.resolve('nguyen van a', ctx([], [], 'Lạng Sơn')).resolvedId).toBe(first.resolvedId);
    // A post in a central body does not conflict with a provincial one.
    expect(reg.resolve('nguyen van a', ctx([], ['org:bo-chinh-tri'])).resolvedId).toBe(first.resolvedId);
  });
  it('keeps namesakes with posts in different provinces apart and reports the conflict', () => {
    const reg = new PersonRegistry();
    const dt = reg.resolve('nguyen van a', ctx(['Đồng Tháp']));
    reg.add(dt.resolvedId, 'nguyen van a', ctx(['Đồng Tháp']));
    const ls = reg.resolve('nguyen van a', ctx(['Lạng Sơn']));
    expect(ls.resolvedId).not.toBe(dt.resolvedId);
    expect(ls.conflictsWith).toEqual([dt.resolvedId]);
    expect(ls.resolvedId).toBe('person:nguyen-van-a:lang-son');
  });
  it('a shared body outweighs different provinces (a person who moved)', () => {
    const reg = new PersonRegistry();
    reg.add('person:x', 'x', ctx(['Đồng Tháp'], ['org:a']));
    expect(reg.resolve('x', ctx(['Lạng Sơn'], ['org:a'])).resolvedId).toBe('person:x');
  });
  it('is deterministic: the same sequence gives the same ids', () => {
    const run = () => {
      const reg = new PersonRegistry();
      return [['Đồng Tháp'], ['Lạng Sơn'], [], ['Đồng Tháp']].map((p) => {
        const r = reg.resolve('y', ctx(p));
        reg.add(r.resolvedId, 'y', ctx(p));
        return r.resolvedId;
      });
    };
    expect(run()).toEqual(run());
    // Đồng Tháp, Lạng Sơn, then a mention with no post and nothing leaning to either namesake: a
    // third id of its own (flagged against both), never a guess between them; Đồng Tháp again joins.
    const ids = run();
    expect(new Set(ids).size).toBe(3);
    expect(ids[3]).toBe(ids[0]);
  });
});

describe('curation rules', () => {
  it('follows merge redirects and per-article splits', () => {
    const rules: CurationRules = {
      redirects: new Map([
        ['b', 'a'],
        ['c', 'b'],
      ]),
      splits: new Map([[splitKey('art1', 'a'), 'a2']]),
    };
    expect(curatedId(rules, 'c', 'art0')).toBe('a');
    expect(curatedId(rules, 'a', 'art1')).toBe('a2');
    expect(curatedId(rules, 'c', 'art1')).toBe('a2');
    expect(curatedId(rules, 'z', 'art1')).toBe('z');
  });
});

// A hand-written extraction: resolution's input is the extractor's output, so the resolver is
// tested on exactly that shape, independent of the recognisers being tuned in parallel.
function input(
  record: Partial<ArticleRecord> & { text: string },
  extraction: Partial<Extraction>,
): ArticleInput {
  const rec: ArticleRecord = {
    id: 'a1',
    url: null,
    language: 'vi',
    publishedAt: '2021-12-28',
    title: null,
    ...record,
  };
  const ex: Extraction = {
    id: rec.id,
    language: rec.language ?? 'vi',
    persons: [],
    organizations: [],
    documents: [],
    events: [],
    relations: [],
    authors: [],
    ...extraction,
  };
  return {
    record: rec,
    article: {
      record: rec,
      language: ex.language,
      text: rec.text,
      matchText: rec.text.toLowerCase(),
      authors: [],
      sentences: [],
    },
    extraction: ex,
  };
}
const evidence = (text: string, phrase: string): ExtractedRelation['evidence'] => {
  const start = text.indexOf(phrase);
  return {
    sentenceIndex: 0,
    sentence: text,
    sentenceStart: 0,
    sentenceEnd: text.length,
    start,
    end: start + phrase.length,
  };
};

describe('resolveArticle', () => {
  const text = 'Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy, chủ trì Hội nghị tổng kết của Tỉnh ủy Đồng Tháp.';
  const article = input(
    { text, url: 'https://example.invalid/a/1#top' },
    {
      persons: [
        {
          name: 'Nguyễn Văn A',
          titles: ['Bí thư Tỉnh ủy'],
          mentions: [{ text: 'Nguyễn Văn A', start: 9, end: 21, sentence: 0 }],
        },
      ],
      organizations: [
        { name: 'Tỉnh ủy Đồng Tháp', aliases: ['Tỉnh ủy'], kind: 'party-committee', mentions: [] },
      ],
      events: [
        {
          name: 'Hội nghị tổng kết',
          kind: 'conference',
          date: '2021-12-28',
          organizer: 'Tỉnh ủy',
          mentions: [],
        },
      ],
      relations: [
        {
          type: 'CHAIRED',
          person: 'Nguyễn Văn A',
          event: 'Hội nghị tổng kết',
          evidence: evidence(text, 'chủ trì'),
        },
        {
          type: 'HOLDS_POSITION',
          person: 'Nguyễn Văn A',
          role: 'Bí thư',
          organization: 'Tỉnh ủy',
          evidence: evidence(text, 'Bí thư Tỉnh ủy'),
        },
      ],
    },
  );
  it('produces stable ids, claims with evidence and positions of bodies', () => {
    const r1 = resolveArticle(article, {
      persons: new PersonRegistry(),
      curations: NO_CURATIONS,
      extractor: 't',
    });
    const r2 = resolveArticle(article, {
      persons: new PersonRegistry(),
      curations: NO_CURATIONS,
      extractor: 't',
    });
    expect(r1).toEqual(r2);
    expect(r1.article.id).toBe(articleIdOf({ ...article.record, url: 'https://example.invalid/a/1' }));
    expect(r1.article.province).toBe('Đồng Tháp');
    expect(r1.organizations.map((o) => o.id)).toEqual(['org:tinh-uy-dong-thap']);
    expect(r1.positions).toEqual([
      expect.objectContaining({
        id: 'position:bi-thu@tinh-uy-dong-thap',
        name: 'Bí thư Tỉnh ủy Đồng Tháp',
        orgId: 'org:tinh-uy-dong-thap',
      }),
    ]);
    expect(r1.claims.CHAIRED).toHaveLength(1);
    expect(r1.claims.CHAIRED[0]!.sentence).toContain('Nguyễn Văn A');
    expect(r1.claims.HOLDS[0]!.asOf).toBe('2021-12-28');
    // The meeting is keyed by its date and its chair, whom any paper reporting it names.
    expect(r1.events[0]!.id).toMatch(/^event:2021-12-28:chaired-by:nguyen-van-a/);
    expect(r1.mentions.Person[0]).toMatchObject({
      postProvinces: ['Đồng Tháp'],
      orgIds: ['org:tinh-uy-dong-thap'],
    });
  });
  it('applies curations: a merged-away person is written to the survivor', () => {
    const first = resolveArticle(article, {
      persons: new PersonRegistry(),
      curations: NO_CURATIONS,
      extractor: 't',
    });
    const personId = first.persons[0]!.id;
    const rules: CurationRules = { redirects: new Map([[personId, 'person:survivor']]), splits: new Map() };
    const r = resolveArticle(article, { persons: new PersonRegistry(), curations: rules, extractor: 't' });
    expect(r.persons[0]!.id).toBe('person:survivor');
    expect(r.claims.CHAIRED[0]).toMatchObject({ fromId: 'person:survivor', fromResolvedId: personId });
  });
});

describe('English articles', () => {
  it('land English body names and posts on the Vietnamese ones, and meet the Vietnamese person', () => {
    const text =
      'Pham Ngoc Thuong, Chairman of the Lang Son provincial People’s Committee, attended the conference.';
    const en = input(
      { id: 'e1', language: 'en', text },
      {
        language: 'en',
        persons: [{ name: 'Pham Ngoc Thuong', titles: [], mentions: [] }],
        organizations: [
          { name: 'Lang Son provincial Party Committee', aliases: [], kind: 'party-committee', mentions: [] },
        ],
        relations: [
          {
            type: 'HOLDS_POSITION',
            person: 'Pham Ngoc Thuong',
            role: 'Chairman',
            organization: 'Lang Son provincial Party Committee',
            evidence: evidence(text, 'Chairman'),
          },
        ],
      },
    );
    const persons = new PersonRegistry();
    persons.add('person:pham-ngoc-thuong', 'pham ngoc thuong', {
      postProvinces: ['Lạng Sơn'],
      orgIds: [],
      articleProvince: null,
    });
    const r = resolveArticle(en, { persons, curations: NO_CURATIONS, extractor: 't' });
    expect(r.organizations[0]!.id).toBe(identifyBody('Tỉnh ủy', { province: langSon }).id);
    expect(r.persons[0]!.id).toBe('person:pham-ngoc-thuong');
  });
});

describe('posts', () => {
  it('attaches a post written alone to the body it implies, or keeps it a post of its own', () => {
    expect(postOf('Thủ tướng', null)).toEqual({ role: 'Thủ tướng', body: 'Chính phủ', national: false });
    expect(postOf('Tổng Bí thư', null)).toEqual({
      role: 'Tổng Bí thư',
      body: 'Ban Chấp hành Trung ương Đảng',
      national: false,
    });
    expect(postOf('Tỉnh ủy viên', null)).toEqual({ role: 'Ủy viên', body: 'Tỉnh ủy', national: false });
    expect(postOf('Chủ tịch nước', null)).toEqual({ role: 'Chủ tịch nước', body: null, national: true });
    // A post that names no one post without its body.
    expect(postOf('Bộ trưởng', null)).toEqual({ role: 'Bộ trưởng', body: null, national: false });
    expect(postOf('Bộ trưởng', 'Bộ Y tế')).toEqual({ role: 'Bộ trưởng', body: 'Bộ Y tế', national: false });
  });
});

describe('people kept apart by career and time', () => {
  const ctx = (seats: string[], asOf: string | null, orgIds: string[] = seats) => ({
    postProvinces: [],
    orgIds,
    articleProvince: null,
    seats,
    asOf,
  });
  it('keeps apart two posts at different central bodies held at the same time', () => {
    const registry = new PersonRegistry();
    registry.add('person:nguyen-van-hung', 'nguyen van hung', ctx(['body:bo-y-te'], '2023-03-01'));
    const minister = registry.resolve('nguyen van hung', ctx(['body:bo-cong-an'], '2023-09-01'));
    expect(minister.resolvedId).not.toBe('person:nguyen-van-hung');
    expect(minister.conflictsWith).toEqual(['person:nguyen-van-hung']);
  });
  it('joins a post at the same seat, or one years apart (a career that moved)', () => {
    const registry = new PersonRegistry();
    registry.add('person:pham-ngoc-thuong', 'pham ngoc thuong', ctx(['province:lang-son'], '2019-07-05'));
    // The ministry's party committee is the ministry's seat.
    expect(seatOf(identifyBody('Đảng ủy Bộ Giáo dục và Đào tạo', { province: null }))).toBe(
      seatOf(identifyBody('Bộ Giáo dục và Đào tạo', { province: null })),
    );
    expect(
      registry.resolve('pham ngoc thuong', ctx(['body:bo-giao-duc-va-dao-tao'], '2022-12-27')).resolvedId,
    ).toBe('person:pham-ngoc-thuong');
  });
  it('does not count seats everybody shares (the Politburo, the Government)', () => {
    expect(seatOf(identifyBody('Bộ Chính trị', { province: null }))).toBeNull();
    expect(seatOf(identifyBody('Chính phủ', { province: null }))).toBeNull();
    expect(seatOf(identifyBody('Đảng ủy Công an Trung ương', { province: null }))).toBe('body:bo-cong-an');
  });
  it('does not choose between two namesakes when nothing in the article leans to either', () => {
    const registry = new PersonRegistry();
    registry.add('person:le-van-a', 'le van a', {
      postProvinces: ['Đồng Tháp'],
      orgIds: ['org:x'],
      articleProvince: 'Đồng Tháp',
    });
    registry.add('person:le-van-a:lang-son', 'le van a', {
      postProvinces: ['Lạng Sơn'],
      orgIds: ['org:y'],
      articleProvince: 'Lạng Sơn',
    });
    const bare = registry.resolve('le van a', { postProvinces: [], orgIds: [], articleProvince: null });
    expect(bare.resolvedId).not.toMatch(/^person:le-van-a(:lang-son)?$/);
    expect(bare.conflictsWith.sort()).toEqual(['person:le-van-a', 'person:le-van-a:lang-son']);
    // Seen in one of the two provinces: that one.
    expect(
      registry.resolve('le van a', { postProvinces: [], orgIds: [], articleProvince: 'Lạng Sơn' }).resolvedId,
    ).toBe('person:le-van-a:lang-son');
  });
});

describe('names that read as a body or a place', () => {
  it('are not people', () => {
    expect(unitReading('Ban Tổ chức')).toMatch(/body word/);
    expect(unitReading('Công đoàn Than')).toMatch(/body word/);
    expect(unitReading('tỉnh Đồng Tháp')).toMatch(/place word/);
    expect(endsInProvince('Đoàn Than Quảng Ninh')).toBe(true);
  });
  it('while people whose names share a word with them are', () => {
    // "Đoàn" and "Trương" are family names; a province's name is a given name after a family name.
    expect(unitReading('Đoàn Hồng Phong')).toBeNull();
    expect(unitReading('Trương Thị Mai')).toBeNull();
    expect(unitReading('Nguyễn Hòa Bình')).toBeNull();
    expect(endsInProvince('Nguyễn Hòa Bình')).toBe(false);
  });
});
