// The substring that lets an English relation cue be skipped on an article without it
// (requiredLiteral, decision 0034): it must be held by every match, or a cue would be lost.
import { describe, expect, it } from 'vitest';
import { RELATION_CUES, requiredLiteral } from '../../ingest/extract/en/lexicon.ts';

describe('requiredLiteral', () => {
  it('takes the longest plain run outside groups', () => {
    expect(requiredLiteral('chaired by')).toBe('chaired by');
    expect(requiredLiteral('(?:was|were) (?:also )?present')).toBe('present');
    expect(requiredLiteral('(?:head|chief) of the (?:[a-z]+ ){0,3}(?:working )?delegation')).toBe(
      'delegation',
    );
  });

  it('leaves out what a match may lack', () => {
    expect(requiredLiteral('deploys?')).toBe('deploy');
    expect(requiredLiteral('(?:x){0,3}ab')).toBeNull();
    expect(requiredLiteral('chaired|presided')).toBeNull();
    expect(requiredLiteral('(?:has |had )?(?:issued|adopted)')).toBeNull();
    expect(requiredLiteral('led\\s+by')).toBe('led');
  });

  it('is held by every match of every cue in sentences written for this test', () => {
    const sentences = [
      'The conference was chaired by Politburo member Nguyen Van An and co-chaired by Minister Tran Thi Binh.',
      'Prime Minister Pham Minh Chinh presided over the meeting, which was presided over by him last year too.',
      'Also present were leaders of the province; present at the event was the Party chief.',
      'Deputy Prime Minister Le Van Cuong delivered a speech and, in his remarks, spoke at length.',
      'He addressed the conference, took the oath and was sworn in; she was elected Chairwoman.',
      'The province deployed and disseminated the directive, carrying out Directive 05 in the spirit of the resolution.',
      'The head of the provincial working delegation, heading a delegation, and the leader who led the delegation met.',
      'Studying and implementing the resolution, the committee put into practice the plan it had issued.',
      'Participants included ministers; among those attending were veterans, joining the ceremony.',
    ].map((s) => s.toLowerCase());
    let matches = 0;
    for (const cue of RELATION_CUES) {
      for (const sentence of sentences) {
        for (const m of sentence.matchAll(cue.pattern)) {
          matches++;
          if (cue.literal !== null) expect(m[0]).toContain(cue.literal);
        }
      }
    }
    expect(matches).toBeGreaterThan(30);
  });
});
