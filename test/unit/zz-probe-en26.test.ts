import { it } from 'vitest';
import { englishExtractor, seatsOf } from '../support/extraction-views.ts';
const extract = englishExtractor('2025-06-10');
const show = (t: string) => { const e = extract(t); console.log('\n>>', t, '\n  P:', e.persons.map(p=>p.name+' ['+p.titles.join(';')+']').join(' | '), '\n  O:', e.organizations.map(o=>o.name).join(' | '), '\n  R:', e.relations.map(r=>[r.type,r.person,r.role,r.organization,r.document].filter(Boolean).join('/')).join(' | ')); };
it('probe', () => {
  for (const t of (process.env.PROBE ?? '').split('\n').filter(Boolean)) show(t);
});
