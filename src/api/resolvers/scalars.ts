// Date and DateTime: validated on the way in (a clear message naming the expected form), and
// passed through on the way out as the ISO strings the graph stores.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(value: unknown): string {
  if (typeof value === 'string') {
    const m = ISO_DATE.exec(value);
    if (m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const date = new Date(Date.UTC(y, mo - 1, d));
      if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d)
        return value;
    }
  }
  throw new GraphQLError(
    `Date: ${JSON.stringify(value)} is not a calendar date; write it as YYYY-MM-DD, e.g. "2021-07-12".`,
    {
      extensions: { code: 'BAD_USER_INPUT' },
    },
  );
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, ISO 8601 YYYY-MM-DD.',
  serialize: (value) => (typeof value === 'string' ? value.slice(0, 10) : String(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(value: unknown): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)))
    return value;
  throw new GraphQLError(
    `DateTime: ${JSON.stringify(value)} is not an instant; write it as ISO 8601 with a zone, e.g. "2021-07-12T08:30:00Z".`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with time zone.',
  serialize: (value) => String(value),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
