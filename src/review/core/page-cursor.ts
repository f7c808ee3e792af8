// Keyset paging of the consult list (issue 17, part 3). A cursor names the order it belongs to and the
// last row of its page by its exact sort key (PostgreSQL's microseconds, which a JS Date would round)
// and id, so the next page starts right after it whatever was added or changed meanwhile.
import { AppError } from '../../errors.js';

/** opened: by creation, never moves (the API); updated: by last change (updatedSince syncs);
 * waiting: by the latest question's arrival (the desk's queue, oldest first). */
export const CONSULT_ORDERS = ['opened', 'updated', 'waiting'] as const;
export type ConsultOrder = (typeof CONSULT_ORDERS)[number];

export interface PagePosition {
  order: ConsultOrder;
  /** The sort key as UTC ISO 8601 with microseconds, as the database wrote it. */
  key: string;
  id: string;
}

export const PAGE_DEFAULT = 50;
export const PAGE_MAX = 500;

const KEY = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;

export const badCursor = () =>
  new AppError('CURSOR.INVALID', 'The cursor is not one this list gave out (or belongs to another order).');

export function encodeCursor(p: PagePosition): string {
  return Buffer.from(JSON.stringify([p.order, p.key, p.id])).toString('base64url');
}

export function decodeCursor(cursor: string, order: ConsultOrder): PagePosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw badCursor();
  const [o, key, id] = parsed as unknown[];
  if (o !== order || typeof key !== 'string' || !KEY.test(key)) throw badCursor();
  if (typeof id !== 'string' || !/^[0-9]{1,18}$/.test(id)) throw badCursor();
  return { order, key, id };
}

/** A page size within bounds: asking for more than the maximum gets the maximum (and a cursor). */
export const pageSize = (limit: number | undefined) => Math.min(Math.max(1, limit ?? PAGE_DEFAULT), PAGE_MAX);
