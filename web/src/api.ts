// The explorer reads only the public GraphQL API, the same endpoint and operations anyone can send.

export class GraphQLError extends Error {}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new GraphQLError(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${res.status}`);
  }
  return body.data;
}
