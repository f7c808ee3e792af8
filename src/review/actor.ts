import type { ReviewerRole, TokenScope } from '../db/schema/desk.js';

/** Who is acting: a signed-in reviewer (browser session) or an API token (automation). */
export type Actor =
  | {
      kind: 'reviewer';
      reviewerId: number;
      name: string;
      role: ReviewerRole;
      csrfToken: string;
      sessionHash: string;
    }
  | { kind: 'token'; tokenId: number | null; name: string; scope: TokenScope };

export const actorLabel = (a: Actor): string =>
  a.kind === 'reviewer' ? `reviewer:${a.reviewerId}` : `token:${a.name}`;
export const reviewerIdOf = (a: Actor): number | null => (a.kind === 'reviewer' ? a.reviewerId : null);
export const isAdmin = (a: Actor | null): boolean => a?.kind === 'reviewer' && a.role === 'admin';
