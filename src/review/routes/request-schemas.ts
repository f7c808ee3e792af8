// Request schemas shared by the desk's pages and the JSON API. They are zod (fastify-type-provider-zod):
// each route's schema is also its handler's request type. Query strings and form fields arrive as text,
// so numbers are coerced, as fastify's ajv coerced them before. Bodies are loose objects (unknown keys
// kept, as ajv kept them): the auth hook reads a form's or a script's _csrf after validation.
import { z } from 'zod';
import { CONSULT_STATES } from '../../db/schema/core.js';

export const int = () => z.coerce.number().int();

export const idParams = z.object({ id: z.string().regex(/^[0-9]{1,18}$/) });

/** Fixed notice keys that redirects add to a page's address (views/notices.ts). */
export const noticeQuery = z.object({ notice: z.string().max(40).optional() });

/** A desk form: its fields and the CSRF token every form carries. */
export const deskForm = <T extends z.ZodRawShape>(fields: T) =>
  z.looseObject({ _csrf: z.string().max(100).optional(), ...fields });

/** The consult filters the API and the queue page both accept. */
export const consultFilter = {
  state: z.enum(CONSULT_STATES).optional(),
  asker: z.string().max(200).optional(),
  code: z.string().max(20).optional(),
  text: z.string().max(200).optional(),
};

/** A reviewer's edit of a draft, from the API or the desk's form. */
export const draftEdit = z.object({
  text: z.string().min(1).max(200_000),
  html: z.string().min(1).max(400_000),
  version: int().min(1),
});
export type DraftEditFields = z.infer<typeof draftEdit>;
