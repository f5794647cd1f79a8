// Relay global ids: an opaque, URL-safe encoding of (GraphQL type, graph id), so `node(id:)` knows
// which label to look in and a client never builds ids itself.
import { badInput } from './errors.ts';
import { isNodeTypeName, type NodeTypeName } from './model.ts';

export function toGlobalId(type: NodeTypeName, graphId: string): string {
  return Buffer.from(`${type}:${graphId}`, 'utf8').toString('base64url');
}

export interface DecodedId {
  type: NodeTypeName;
  graphId: string;
}

/** Decodes a global id; null when it is not one this API issued. */
export function decodeGlobalId(globalId: string): DecodedId | null {
  if (!/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  const type = decoded.slice(0, colon);
  const graphId = decoded.slice(colon + 1);
  if (!isNodeTypeName(type) || graphId === '') return null;
  return { type, graphId };
}

/** Decodes a global id that must name a node of one of `expected`; a clear error otherwise. */
export function requireGlobalId(
  globalId: string,
  argument: string,
  expected: readonly NodeTypeName[],
): DecodedId {
  const decoded = decodeGlobalId(globalId);
  if (!decoded) {
    throw badInput(
      `${argument}: ${JSON.stringify(globalId)} is not an id this API issued. Use the \`id\` field of a node from an earlier answer (search, people, …).`,
      argument,
    );
  }
  if (!expected.includes(decoded.type)) {
    throw badInput(
      `${argument}: ${JSON.stringify(globalId)} is the id of a ${decoded.type}, but a ${expected.join(' or ')} id is needed here.`,
      argument,
    );
  }
  return decoded;
}
