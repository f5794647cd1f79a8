// A compiled executor for repeated operations (decision 0060). graphql-js walks the operation's
// selection anew for every object of the answer — which fields to collect, which resolver, which
// type to complete — and that per-field walk was the largest Node cost left in the race's events
// question (decision 0054: 20 events × their chairs' and attendees' edges, ~600 fields). graphql-jit
// compiles an operation once into a function that builds the answer directly; Apollo's document
// store hands every request of one operation text the same parsed document, so the compiled plan is
// kept on it (as the cost guard keeps its price, decision 0045).
//
// Apollo Server 5 runs an operation through its own graphql-js call unless the server is given a
// gateway (its documented `GatewayInterface`: the schema and an executor). The gateway here serves
// the schema the server would have built itself from the same type definitions and resolvers, and
// its executor runs the compiled plan; parsing, validation, the plugins (cost guard, outage,
// safelist, usage report), error formatting and HTTP stay Apollo's. graphql-js still runs anything
// graphql-jit does not compile, and any request whose variables it refuses before execution starts,
// so those errors keep graphql-js's words.
import { createRequire } from 'node:module';
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { childLog } from '../log.ts';

const log = childLog('api');

// graphql-js as Apollo and @graphql-tools/schema load it. graphql 16 has no exports map, so Node
// resolves an ES module's `import 'graphql'` to its CommonJS build; a bundler (vitest's) may pick
// index.mjs instead, a second copy of graphql-js that refuses the schema the first one built
// ("Cannot use GraphQLSchema from another module or realm").
const graphqlJs = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const { execute } = graphqlJs;
type GraphQLError = import('graphql').GraphQLError;

/**
 * A plan's error as graphql-js makes it. graphql-jit's own errors carry no `extensions` when the
 * cause had none (an internal error, a null in a non-null field), and Apollo's error formatting
 * reads `extensions.code` — it failed, answering "Internal server error" without the reference our
 * masking gives. The copy has graphql-js's `{}` and keeps the message, locations, path and cause.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const copy = new graphqlJs.GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    ...(error.extensions ? { extensions: error.extensions } : {}),
  });
  (copy as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return copy;
}

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayRequest = Parameters<NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>>[0];

/** At most this many operation names per document keep a plan (a document holds a few operations at most). */
const PLANS_PER_DOCUMENT = 16;

/** What one (document, operation name) compiled to: a plan, or null where graphql-js runs it. */
type Plan = CompiledQuery | null;

/**
 * The compiled plans, per parsed document and operation name. A WeakMap: a document Apollo's store
 * evicts takes its plans with it.
 */
export class CompiledPlans {
  private readonly plans = new WeakMap<DocumentNode, Map<string, Plan>>();
  /** Operations graphql-jit could not compile (counted for tests and logs). */
  fallbacks = 0;

  constructor(private readonly schema: GraphQLSchema) {}

  planFor(document: DocumentNode, operationName: string | undefined): Plan {
    let byName = this.plans.get(document);
    if (!byName) {
      byName = new Map();
      this.plans.set(document, byName);
    }
    const key = operationName ?? '';
    if (byName.has(key)) return byName.get(key) ?? null;
    if (byName.size >= PLANS_PER_DOCUMENT) byName.clear();
    let plan: Plan = null;
    try {
      const compiled = compileQuery(this.schema, document, operationName);
      if (isCompiledQuery(compiled)) plan = compiled;
      else
        log.debug(
          { operationName, errors: compiled.errors },
          'graphql-jit did not compile an operation: graphql-js runs it',
        );
    } catch (err) {
      log.debug({ err, operationName }, 'graphql-jit failed to compile an operation: graphql-js runs it');
    }
    if (!plan) this.fallbacks += 1;
    byName.set(key, plan);
    return plan;
  }

  /** Runs one operation: its compiled plan, or graphql-js where there is none or the plan refused the variables. */
  async run(
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown> | undefined,
    context: unknown,
  ): Promise<ExecutionResult> {
    const plan = this.planFor(document, operationName);
    if (plan) {
      const result = await plan.query(undefined, context, variables);
      // No `data` at all: the plan stopped before executing anything (its variables were refused).
      // graphql-js runs it again, nothing having been read, so the error says what graphql-js says.
      if ('data' in result) {
        // graphql-js's shape: errors before data, so the answer's bytes are the same.
        return result.errors?.length
          ? { errors: result.errors.map(asGraphQLJsError), data: result.data }
          : result;
      }
    }
    return execute({
      schema: this.schema,
      document,
      operationName,
      variableValues: variables,
      contextValue: context,
    });
  }
}

/** The gateway that serves `schema` and runs operations through compiled plans. */
export function compiledExecutionGateway(schema: GraphQLSchema, plans = new CompiledPlans(schema)): Gateway {
  return {
    onSchemaLoadOrUpdate(callback) {
      // The schema never changes: Apollo is told it once, when it subscribes.
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return {
        executor: (request: GatewayRequest) =>
          plans.run(
            request.document,
            request.request.operationName,
            request.request.variables,
            request.context,
          ),
      };
    },
    async stop() {},
  };
}
