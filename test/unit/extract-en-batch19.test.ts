// The English classes of the nineteenth held-out batch (test/fixtures/en-heldout 257–262, six
// real-length articles written before any rule saw them; decision 0137) that a rule was written for,
// pinned on sentences written for this file (invented names and meetings, our own wording; not the
// held-out sentences), with a guard where the rule could over-reach.
import { describe, expect, it } from 'vitest';
import { englishExtractor, peopleOf, personNamesOf } from '../support/extraction-views.ts';

const extract = englishExtractor('2025-10-10');

describe('English classes of the nineteenth held-out batch (decision 0137)', () => {
  it('"Also present in <place> were" lists attendees, the place between', () => {
    const e = extract(
      'The Ministry of Finance held an online conference with the provinces on Tuesday. Deputy Minister Le Van Thuan chaired it. ' +
        'Also present in Da Nang were Tran Thi Hoa, Vice Chairwoman of the Da Nang People’s Committee, and Vo Minh Duc, Director of the Da Nang Department of Finance.',
    );
    expect(peopleOf(e, 'CHAIRED')).toEqual(['Le Van Thuan']);
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Tran Thi Hoa', 'Vo Minh Duc']);
  });

  it('a Vietnamese delegation "led by" someone in talks abroad is a side: its leader attends, no chair', () => {
    const e = extract(
      'A Vietnamese delegation led by Deputy Minister of Finance Nguyen Huu Tai held talks with officials of the New Zealand Treasury in Wellington on Monday. ' +
        'The Vietnamese delegation was headed by Nguyen Huu Tai and the New Zealand side was led by Emma Clarke, Deputy Secretary of the Treasury.',
    );
    expect(peopleOf(e, 'CHAIRED')).toEqual([]);
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Emma Clarke', 'Nguyen Huu Tai']);
  });

  it('"On the <nationality> side were A and B" lists the other side of talks as attendees', () => {
    const e = extract(
      'Leaders of Ha Giang province and China’s Guangxi region met in Nanning on Monday. ' +
        'On the Chinese side were Liu Ming, Vice Chairman of the Guangxi Zhuang Autonomous Region People’s Government, and Chen Jianbo, Director of the Guangxi Department of Commerce.',
    );
    expect(peopleOf(e, 'CHAIRED')).toEqual([]);
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Chen Jianbo', 'Liu Ming']);
  });

  it('the members a delegation "included" attend with its leader', () => {
    const e = extract(
      'Leaders of Cao Bang province and China’s Guangxi region met in Nanning on Monday. ' +
        'The Vietnamese delegation was led by Hoang Van Chien, Secretary of the Cao Bang Provincial Party Committee, and included Nong Thi Mai, Vice Chairwoman of the Cao Bang Provincial People’s Committee, and Be Van Tuan, Director of the Cao Bang Department of Industry and Trade.',
    );
    expect(peopleOf(e, 'CHAIRED')).toEqual([]);
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Be Van Tuan', 'Hoang Van Chien', 'Nong Thi Mai']);
  });

  it('a Tay family name printed without diacritics opens a name: Lanh (Lành)', () => {
    const e = extract(
      'The congress of the Party Organisation of Trang Dinh commune elected Lanh Thi Mai as secretary on Saturday.',
    );
    expect(personNamesOf(e)).toEqual(['Lanh Thi Mai']);
  });

  it('guard: a working delegation at home is still led by its chair', () => {
    const e = extract(
      'A working delegation of the Ministry of Finance led by Deputy Minister Nguyen Huu Tai inspected tax offices in Hai Phong on Monday.',
    );
    expect(peopleOf(e, 'CHAIRED')).toEqual(['Nguyen Huu Tai']);
  });
});
