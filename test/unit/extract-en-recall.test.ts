// The English classes the held-out articles (test/fixtures/en-heldout) showed missing, each pinned
// on sentences written for this file (public facts, our own wording; not the held-out sentences),
// with a case that must stay out where a rule could over-reach (decision 0041).
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../ingest/types.ts';
import {
  bodyNamesOf as bodyNames,
  documentPairsOf as pairs,
  extractText,
  peopleOf as people,
  personNamesOf as personNames,
  postsOf,
} from '../support/extraction-views.ts';

const extract = (text: string, publishedAt: string | null = '2024-10-12') =>
  extractText(text, 'en', publishedAt);

describe('English issuer written after a list of coded documents', () => {
  it('gives "Directives 05-CT/TW and 35-CT/TW of the Politburo" both to the Politburo', () => {
    const e = extract(
      'The Party Committee of Gia Lai Province reviewed Directives 05-CT/TW and 35-CT/TW of the Politburo on Thursday.',
    );
    expect(pairs(e, 'ISSUED')).toEqual(['Politburo | 05-CT/TW', 'Politburo | 35-CT/TW']);
  });

  it('reads "No." before each code of the list', () => {
    const e = extract(
      'Officials studied Resolutions No. 26-NQ/TW and No. 27-NQ/TW of the Party Central Committee at a conference on Friday.',
    );
    expect(pairs(e, 'ISSUED')).toEqual([
      'Party Central Committee | 26-NQ/TW',
      'Party Central Committee | 27-NQ/TW',
    ]);
  });

  it('gives "Directive No. … and Directive No. … of the Politburo" both to the Politburo', () => {
    const e = extract(
      'Dak Lak province reviewed Directive No. 05-CT/TW and Directive No. 21-CT/TW of the Politburo on Thursday.',
    );
    expect(pairs(e, 'ISSUED')).toEqual(['Politburo | 05-CT/TW', 'Politburo | 21-CT/TW']);
  });

  it('does not give a document the issuer of another document written after its own', () => {
    const e = extract(
      'The province carried out Resolution No. 60-NQ/TW of the Party Central Committee and Conclusion No. 127-KL/TW of the Politburo.',
    );
    expect(pairs(e, 'ISSUED')).toEqual(['Party Central Committee | 60-NQ/TW', 'Politburo | 127-KL/TW']);
  });
});

describe('English chairs and speakers', () => {
  it('keeps a list of chairs across a nationality before a post ("A and Cambodian Deputy Prime Minister B")', () => {
    const e = extract(
      'Deputy Prime Minister Bui Thanh Son and Cambodian Deputy Prime Minister Sok Chenda Sophea co-chaired the joint committee meeting in Phnom Penh on Monday.',
    );
    expect(people(e, 'CHAIRED')).toEqual(['Bui Thanh Son', 'Sok Chenda Sophea']);
  });

  it('makes the person who "on Friday led a Government working delegation" its chair', () => {
    const e = extract(
      'Deputy Prime Minister Tran Luu Quang on Friday led a Government working delegation to a working session with Ha Giang province.',
    );
    expect(people(e, 'CHAIRED')).toEqual(['Tran Luu Quang']);
  });

  it('takes the members of a delegation and the host it worked with as attending', () => {
    const e = extract(
      'Politburo member Nguyen Xuan Thang led a working delegation to Son La province on Thursday. ' +
        'Members of the delegation included Deputy Minister of Home Affairs Vu Chien Thang. ' +
        'The delegation worked with Nguyen Huu Dong, Secretary of the Son La Provincial Party Committee.',
    );
    expect(people(e, 'CHAIRED')).toEqual(['Nguyen Xuan Thang']);
    expect(people(e, 'ATTENDED')).toEqual(['Nguyen Huu Dong', 'Vu Chien Thang']);
  });

  it('makes a leader who "worked with" a provincial board the chair, and "the delegation included" an attendee', () => {
    const e = extract(
      'Politburo member and Head of the Central Economic Commission Tran Luu Quang on July 3 worked with the Standing Board of the Dong Thap Provincial Party Committee. ' +
        'The delegation included Deputy Head of the Central Economic Commission Nguyen Duc Hien.',
    );
    expect(people(e, 'CHAIRED')).toEqual(['Tran Luu Quang']);
    expect(people(e, 'ATTENDED')).toEqual(['Nguyen Duc Hien']);
  });

  it('takes "delivered the opening speech", "also spoke" and "reported on the …" as speaking at the meeting', () => {
    const e = extract(
      'The Quang Tri Provincial People’s Council opened its 20th session on Tuesday. ' +
        'Chairman of the provincial People’s Council Nguyen Dang Quang delivered the opening speech. ' +
        'Vo Van Hung, Chairman of the provincial People’s Committee, reported on the province’s socio-economic results. ' +
        'Deputy Secretary of the Provincial Party Committee Nguyen Chien Thang also spoke.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Nguyen Chien Thang', 'Nguyen Dang Quang', 'Vo Van Hung']);
  });

  it('does not take a newspaper "reported on Monday" as a speaker', () => {
    const e = extract(
      'Minister of Health Dao Hong Lan chaired a meeting in Ha Noi on Monday. Nhan Dan newspaper reported on Monday that Deputy Minister Tran Van Thuan had retired.',
    );
    expect(people(e, 'CHAIRED')).toEqual(['Dao Hong Lan']);
    expect(people(e, 'ATTENDED')).toEqual([]);
  });

  it('takes laying flowers at a commemoration as attending it', () => {
    const e = extract(
      'The Quang Binh Provincial Party Committee held a ceremony on August 25. Secretary of the Quang Binh Provincial Party Committee Vu Dai Thang laid flowers at the memorial.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Vu Dai Thang']);
  });
});

describe('English historical figures being commemorated', () => {
  it('keeps Ho Chi Minh out of the persons after "the birth anniversary of President" and "the monument to"', () => {
    const e = extract(
      'Nghe An province held a festival on May 19 to mark the birth anniversary of President Ho Chi Minh. ' +
        'Secretary of the Nghe An Provincial Party Committee Nguyen Duc Trung offered incense at the monument to President Ho Chi Minh in Vinh city.',
    );
    expect(e.persons.map((p) => p.name)).toEqual(['Nguyen Duc Trung']);
    expect(e.relations.filter((r) => r.person === 'Ho Chi Minh')).toEqual([]);
  });

  it('keeps General Vo Nguyen Giap out after "offered incense to", and a living official named after an anniversary in', () => {
    const e = extract(
      'On the anniversary of the victory, Minister of National Defence Phan Van Giang offered incense to General Vo Nguyen Giap in Quang Binh on May 7.',
    );
    expect(e.persons.map((p) => p.name)).toEqual(['Phan Van Giang']);
  });
});

describe('English implementing sentences', () => {
  it('takes what is done "under Resolution No. …" as carrying the resolution out', () => {
    const e = extract(
      'The Standing Board of the Bac Ninh Provincial Party Committee met on Monday to discuss the merger with Bac Giang province under Resolution No. 60-NQ/TW of the Party Central Committee.',
    );
    expect(pairs(e, 'IMPLEMENTS')).toEqual([
      'Standing Board of the Bac Ninh Provincial Party Committee | 60-NQ/TW',
    ]);
  });

  it('links "the resolution on …" in an implementing sentence to the coded resolution named before', () => {
    const e = extract(
      'The Politburo issued Resolution No. 68-NQ/TW on private economic development on May 4. ' +
        'The Ministry of Finance has drafted a plan to carry out the resolution on the private economy.',
    );
    expect(pairs(e, 'IMPLEMENTS')).toEqual(['Ministry of Finance | 68-NQ/TW']);
    expect(e.documents.map((d) => d.code)).toEqual(['68-NQ/TW']);
  });

  it('links the kind to the nearest document of that kind, not to one of another kind', () => {
    const e = extract(
      'The province reviewed Directive No. 35-CT/TW of the Politburo and Resolution No. 57-NQ/TW of the Politburo on Friday. ' +
        'The Lang Son Provincial Party Committee will keep implementing the directive through 2025.',
    );
    expect(pairs(e, 'IMPLEMENTS').filter((p) => p.startsWith('Lang Son'))).toEqual([
      'Lang Son Provincial Party Committee | 35-CT/TW',
    ]);
  });
});

describe('English body names with a remit, and a body named before a post', () => {
  const orgs = (e: Extraction) => e.organizations.map((o) => o.name).sort();

  it('reads "Committee on …" as one body name', () => {
    const e = extract(
      'The National Assembly Committee on Foreign Affairs met the Central Steering Committee on Natural Disaster Prevention and Control in Ha Noi on Monday.',
    );
    expect(orgs(e)).toEqual([
      'Central Steering Committee on Natural Disaster Prevention and Control',
      'National Assembly Committee on Foreign Affairs',
    ]);
  });

  it('leaves the subject of a document out of its issuer: "Directive … of the Secretariat on Party …"', () => {
    const e = extract(
      'Lai Chau province reviewed Directive No. 42-CT/TW of the Secretariat on Party work among ethnic minorities on Tuesday.',
    );
    expect(pairs(e, 'ISSUED')).toEqual(['Secretariat | 42-CT/TW']);
    expect(orgs(e)).toEqual(['Secretariat']);
  });

  it('reads "the General Staff of the Vietnam People’s Army" as a body after a military rank', () => {
    const e = extract(
      "Senior Lieutenant General Nguyen Van Nghia, Deputy Chief of the General Staff of the Vietnam People's Army, spoke at the conference on Monday.",
    );
    expect(orgs(e)).toEqual(["General Staff of the Vietnam People's Army"]);
  });

  it('ends a body name joined by "and" at the post written after it', () => {
    const e = extract(
      'Vietnam Chamber of Commerce and Industry Chairman Pham Tan Cong spoke at the business forum in Ha Noi on Monday.',
    );
    expect(orgs(e)).toEqual(['Vietnam Chamber of Commerce and Industry']);
    expect(
      e.relations.filter((r) => r.type === 'HOLDS_POSITION').map((r) => `${r.role} | ${r.organization}`),
    ).toEqual(['Chairman | Vietnam Chamber of Commerce and Industry']);
  });
});

describe('English event organisers', () => {
  const organiser = (e: Extraction) => e.events.map((ev) => ev.organizer);

  it('takes the organiser from a later "The event was organised by …", not the issuer before "took place"', () => {
    const e = extract(
      'A conference on ten years of implementing Directive No. 29-CT/TW of the Secretariat took place in Vinh Long on March 14. ' +
        'The event was organised by the Vinh Long Provincial Party Committee.',
    );
    expect(organiser(e)).toEqual(['Vinh Long Provincial Party Committee']);
    expect(pairs(e, 'IMPLEMENTS')).toEqual(['Vinh Long Provincial Party Committee | 29-CT/TW']);
  });

  it('makes the body whose meeting it is the organiser: "chaired a meeting of the … Standing Committee"', () => {
    const e = extract(
      'National Assembly Chairman Tran Thanh Man on Tuesday chaired a meeting of the National Assembly Standing Committee. ' +
        'The committee discussed the implementation of Resolution No. 66-NQ/TW of the Politburo on law-making.',
    );
    expect(organiser(e)).toEqual(['National Assembly Standing Committee']);
    expect(pairs(e, 'IMPLEMENTS')).toEqual(['National Assembly Standing Committee | 66-NQ/TW']);
  });
});

describe('English family names beyond the common list', () => {
  const persons = (e: Extraction) => e.persons.map((p) => p.name).sort();

  it('reads Chau, Hau and Thao as family names ("chaired by Chau Van Lam", Hmong names)', () => {
    const e = extract(
      'The meeting was chaired by Chau Van Lam, Secretary of the Tuyen Quang Provincial Party Committee, and attended by Hau A Lenh, Deputy Head of the Party Central Committee’s Commission for Mass Mobilisation, and Thao Xuan Sung, Chairman of the Vietnam Farmers’ Union.',
    );
    expect(persons(e)).toEqual(['Chau Van Lam', 'Hau A Lenh', 'Thao Xuan Sung']);
    expect(people(e, 'CHAIRED')).toEqual(['Chau Van Lam']);
    expect(people(e, 'ATTENDED')).toEqual(['Hau A Lenh', 'Thao Xuan Sung']);
  });

  it('guard: takes no person from places that begin like a name ("Sam Son beach", "Cam Ranh Bay", "Hau Giang")', () => {
    const e = extract(
      'Visitors crowded Sam Son beach, Cam Ranh Bay and the floating markets of Hau Giang on Sunday.',
    );
    expect(persons(e)).toEqual([]);
  });

  it('reads a provincial Party Organisation as a body', () => {
    const e = extract(
      'The 18th Congress of the Khanh Hoa Provincial Party Organisation opened on September 28.',
    );
    expect(e.organizations.map((o) => o.name)).toEqual(['Khanh Hoa Provincial Party Organisation']);
  });
});

// The fourth held-out batch's classes (decision 0052): pages as saved, with speakers who "reported
// that", ministers "among the delegation", lower-case posts, place names and caption words.
describe('English speakers and delegations on pages (decision 0052)', () => {
  it('takes an official who "reported that" at the meeting as attending it', () => {
    const e = extract(
      'Secretary of the Ninh Binh Provincial Party Committee Doan Minh Huan chaired a meeting on Tuesday to review land clearance. ' +
        'Tran Song Tung, Vice Chairman of the provincial People’s Committee, reported that 95 per cent of the land had been handed over.',
    );
    expect(people(e, 'CHAIRED')).toEqual(['Doan Minh Huan']);
    expect(people(e, 'ATTENDED')).toEqual(['Tran Song Tung']);
  });

  it('guard: a newspaper that "reported that" names no speaker', () => {
    const e = extract(
      'Minister of Health Dao Hong Lan chaired a meeting in Ha Noi on Monday. Tuoi Tre newspaper reported that Deputy Minister Tran Van Thuan would retire.',
    );
    expect(people(e, 'ATTENDED')).toEqual([]);
  });

  it('takes ministers who "were among the … delegation" as attending', () => {
    const e = extract(
      'Deputy Prime Minister Tran Hong Ha led a Government delegation to a meeting in Phnom Penh on Monday. ' +
        'Minister of Construction Tran Hong Minh and Minister of Agriculture and Environment Do Duc Duy were among the Vietnamese delegation.',
    );
    expect(people(e, 'CHAIRED')).toEqual(['Tran Hong Ha']);
    expect(people(e, 'ATTENDED')).toEqual(['Do Duc Duy', 'Tran Hong Minh']);
  });

  it('does not make the deputy head of a National Assembly delegation the chair', () => {
    const e = extract(
      'Voters of Ha Tinh met National Assembly deputies on Friday. Nguyen Thi Nga, Deputy Head of the National Assembly Delegation of Ha Tinh, reported on the ninth session.',
    );
    expect(people(e, 'CHAIRED')).toEqual([]);
    expect(people(e, 'ATTENDED')).toEqual(['Nguyen Thi Nga']);
  });

  it('guard: the head of a working delegation still chairs its working session', () => {
    const e = extract(
      'Le Minh Hung, head of the Politburo working delegation, worked with the Standing Board of the Thanh Hoa Provincial Party Committee on Tuesday.',
    );
    expect(people(e, 'CHAIRED')).toEqual(['Le Minh Hung']);
  });
});

describe('English posts written in lower case (decision 0052)', () => {
  it('reads "deputy prime minister", "state president" (role President, as posts.tsv has it) and "party chief" before a name as posts', () => {
    const e = extract(
      'The meeting was attended by deputy prime minister Mai Van Chinh and state president Luong Cuong. ' +
        'Binh Thuan’s party chief Duong Van An also attended.',
    );
    expect(postsOf(e)).toEqual([
      'Duong Van An | party chief',
      'Luong Cuong | President',
      'Mai Van Chinh | deputy prime minister',
    ]);
  });

  it('reads a lower-case post followed by "of" and a body as a post of that body', () => {
    const e = extract(
      'Nguyen Hoai Anh, standing deputy secretary of the Binh Thuan Provincial Party Committee, attended the conference on Friday.',
    );
    const posts = e.relations.filter((r) => r.type === 'HOLDS_POSITION');
    expect(posts.map((r) => `${r.person} | ${r.role} | ${r.organization}`)).toEqual([
      'Nguyen Hoai Anh | standing deputy secretary | Binh Thuan Provincial Party Committee',
    ]);
  });

  it('guard: a lower-case post with no name and no body gives no relation', () => {
    const e = extract(
      'The party chief of the commune and a deputy prime minister from the 1990s were mentioned in the report by Tran Van Nam.',
    );
    expect(postsOf(e)).toEqual([]);
  });
});

describe('English place names and caption words on pages (decision 0052)', () => {
  it('takes no person from a special zone ("Hoang Sa special zone", "Ly Son special zone")', () => {
    const e = extract(
      'Da Nang now has 23 wards, 70 communes and Hoang Sa special zone, while Quang Ngai has Ly Son special zone.',
    );
    expect(personNames(e)).toEqual([]);
  });

  it('reads no body from "Staff" opening a caption, and still reads the General Staff', () => {
    const e = extract(
      'Staff at the public administration service centre of Long Bien ward help residents on Monday. ' +
        'Senior Lieutenant General Nguyen Tan Cuong, Chief of the General Staff of the Vietnam People’s Army, attended.',
    );
    expect(bodyNames(e)).toEqual(['General Staff of the Vietnam People’s Army']);
  });

  it('reads "An Giang" as a place that starts a body name, not the article "An"', () => {
    const e = extract(
      'The Standing Board of the An Giang Provincial Party Committee met on Monday. Its members reviewed the new communes.',
    );
    expect(bodyNames(e)).toEqual(['Standing Board of the An Giang Provincial Party Committee']);
  });

  it('reads the owner in "the Ministry of Public Security’s headquarters", not the building in "the National Assembly building"', () => {
    const e = extract(
      'Delegates gathered at the Ministry of Public Security’s headquarters on Monday, and at the National Assembly building on Tuesday.',
    );
    expect(bodyNames(e)).toEqual(['Ministry of Public Security']);
  });

  it('guard: a sentence opening "An inspection team of …" starts no body at "An"', () => {
    const e = extract(
      'An inspection team of the Central Inspection Commission worked with the Standing Board of the Ca Mau Provincial Party Committee on Monday.',
    );
    expect(bodyNames(e)).toEqual([
      'Central Inspection Commission',
      'Standing Board of the Ca Mau Provincial Party Committee',
    ]);
  });
});

describe('English event dates bounded by "since" (decision 0052)', () => {
  it('dates the meeting by its weekday, not by a date it looks back "since"', () => {
    const e = extract(
      'Secretary of the Lang Son Provincial Party Committee Hoang Van Nghiem on Monday chaired a meeting of the Standing Board, which reviewed the work of the new communes since July 1.',
      '2025-09-10',
    );
    expect(e.events.map((ev) => ev.date)).toEqual(['2025-09-08']);
  });
});

describe('English implementers are never a co-issuer (decision 0052)', () => {
  it('does not make the second issuer of "… of the Politburo and the Secretariat" the implementer', () => {
    const e = extract(
      'The Standing Board of the Ca Mau Provincial Party Committee met on Monday. ' +
        'The province is carrying out Conclusion No. 137-KL/TW of the Politburo and the Secretariat on the arrangement of administrative units.',
    );
    expect(pairs(e, 'ISSUED')).toEqual(['Politburo | 137-KL/TW', 'Secretariat | 137-KL/TW']);
    expect(pairs(e, 'IMPLEMENTS')).toEqual([
      'Standing Board of the Ca Mau Provincial Party Committee | 137-KL/TW',
    ]);
  });
});
