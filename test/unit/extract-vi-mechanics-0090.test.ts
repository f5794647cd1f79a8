// Speed change of decision 0090: the Vietnamese recogniser's closures made per call, per article or
// per sentence are not named by esbuild's keepNames (as 0087 did for the English one), so making one
// is not also a defineProperty of its name. Held to the form it replaces by
// extract-en-mechanics-0087.test.ts (`unnamed` gives the closure itself); here, that none is left.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';

const VI = path.join(projectRoot, 'ingest/extract/vi');
const FILES = [
  ...readdirSync(VI)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(VI, f)),
  path.join(projectRoot, 'ingest/extract/appointments.ts'),
];

/** The names esbuild with keepNames (as tsx runs the code) defines inside a function or an object: once per call. */
function namedInside(file: string): string[] {
  const { code } = transformSync(readFileSync(file, 'utf8'), {
    loader: 'ts',
    keepNames: true,
    format: 'esm',
  });
  return code
    .split('\n')
    .filter((line) => /^\s+\S.*__name\(/.test(line) && !line.includes('__name(this,'))
    .map((line) => `${path.relative(projectRoot, file)}: ${line.trim().slice(0, 90)}`);
}

describe('the Vietnamese recogniser names no closure it makes per call (decision 0090)', () => {
  it('reads every file of the recogniser', () => {
    expect(FILES.length).toBeGreaterThan(15);
    expect(FILES.some((f) => f.endsWith('organizations.ts'))).toBe(true);
  });
  it('a closure written as a const or an object property inside a function is found', () => {
    const source = [
      'export function f(a: number[]) {',
      '  const named = (i: number) => a[i];',
      '  return { named, prop: (i: number) => a[i] };',
      '}',
    ].join('\n');
    const { code } = transformSync(source, { loader: 'ts', keepNames: true, format: 'esm' });
    const lines = code.split('\n').filter((line) => /^\s+\S.*__name\(/.test(line));
    expect(lines.map((l) => /"(\w+)"\)/.exec(l)?.[1])).toEqual(['named', 'prop']);
  });
  it('every closure made inside a function of ingest/extract/vi and appointments.ts is given to unnamed', () => {
    expect(FILES.flatMap(namedInside)).toEqual([]);
  });
});
