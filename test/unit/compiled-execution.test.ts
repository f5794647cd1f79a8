// Every operation the project publishes and benches compiles to a graphql-jit plan (decision 0060):
// none falls back to graphql-js, and a plan is made once per document and operation name. The
// answers themselves are compared with graphql-js's on a real graph in test/graph/api-round-trips.
import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { benchQuestions, dashboardQuestions, networkQuestions } from '../../bench/questions.ts';
import { CompiledPlans } from '../../src/api/compiled-execution.ts';
import { loadOperationCatalogue } from '../../src/api/guards/persisted-queries.ts';
import { resolvers } from '../../src/api/resolvers/index.ts';
import { SCHEMA_FILE } from '../../src/api/server.ts';

// graphql-js as the schema's builder loads it (its CommonJS build; see compiled-execution.ts).
const { execute, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const schema = makeExecutableSchema({ typeDefs: readFileSync(SCHEMA_FILE, 'utf8'), resolvers });

describe('compiled plans', () => {
  it('compiles every published operation and every benched question, once each', () => {
    const plans = new CompiledPlans(schema);
    const subjects = {
      search: 'x',
      person: 'p',
      chair: 'c',
      body: 'b',
      directive: '05-CT/TW',
      from: '2024-01-01',
      to: '2024-12-31',
    };
    const texts = [
      ...loadOperationCatalogue().map((o) => o.text),
      ...benchQuestions(subjects).map((q) => q.query),
      ...networkQuestions(subjects).map((q) => q.query),
      ...dashboardQuestions({ ...subjects, province: 'Hà Nội', role: 'Bí thư', year: 2024 }).map(
        (q) => q.query,
      ),
    ];
    expect(texts.length).toBeGreaterThan(30);
    for (const text of texts) {
      const document = parse(text);
      const plan = plans.planFor(document, undefined);
      expect(plan, text).not.toBeNull();
      expect(plans.planFor(document, undefined)).toBe(plan);
    }
    expect(plans.fallbacks).toBe(0);
  });

  it('leaves to graphql-js what graphql-jit refuses to compile, and says so once', () => {
    const plans = new CompiledPlans(schema);
    // Two anonymous operations: graphql-jit needs an operation name to pick one.
    const document = parse('{ stats { people } } { stats { events } }');
    expect(plans.planFor(document, undefined)).toBeNull();
    expect(plans.planFor(document, undefined)).toBeNull();
    expect(plans.fallbacks).toBe(1);
  });

  it("gives errors graphql-js's shape: extensions, locations, path, cause, errors before data", async () => {
    // A cause without extensions (an internal error) and a null in a non-null field: graphql-jit's
    // own errors had no extensions, and Apollo's formatting failed on them.
    const small = makeExecutableSchema({
      typeDefs: 'type Query { broken: Int!, missing: Inner } type Inner { name: String! }',
      resolvers: {
        Query: {
          broken: async () => {
            throw new Error('driver failure');
          },
          missing: () => ({ name: null }),
        },
      },
    });
    const document = parse('{ missing { name } broken }');
    const plans = new CompiledPlans(small);
    expect(plans.planFor(document, undefined)).not.toBeNull();
    const compiled = await plans.run(document, undefined, {}, {});
    const plain = await execute({ schema: small, document });
    expect(JSON.stringify(compiled)).toBe(JSON.stringify(plain));
    expect(Object.keys(compiled)).toEqual(['errors', 'data']);
    for (const error of compiled.errors ?? []) expect(error.extensions).toEqual({});
    // The cause is kept for the log (a null in a non-null field has none under graphql-jit).
    expect(compiled.errors?.find((e) => e.path?.[0] === 'broken')?.originalError?.message).toBe(
      'driver failure',
    );
  });
});
