// Reviewer/automation API over the reference data. Thin: validates the query, calls lookupCodes, shapes
// the answer. Registered by the desk behind its auth (the caller decides the prefix and hooks).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { lookupCodes } from '../../coding/lookup.js';
import type { LocalityQuery } from '../../coding/lookup.types.js';
import type { Database } from '../../db/database.js';

const CODE = /^[A-Za-z0-9.]{2,8}$/;
const MAX_CODES = 25;

const codeQuery = z.object({
  dos: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
    .optional(),
  setting: z.enum(['practitioner', 'hospital']).optional(),
  /** A PFS locality as MAC-locality ("01112-54"), or a state with part of a locality name. */
  locality: z
    .string()
    .regex(/^\d{4,5}-\d{1,2}$/)
    .optional(),
  state: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .optional(),
  area: z.string().max(60).optional(),
});
type CodeQuery = z.infer<typeof codeQuery>;

/** The locality asked for in the query string, if any. */
function localityOf(q: CodeQuery): LocalityQuery | null {
  if (q.locality) {
    const [mac, locality] = q.locality.split('-');
    return { mac, locality };
  }
  return q.state ? { state: q.state, name: q.area } : null;
}

export const refdataRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, deps) => {
  app.get(
    '/api/codes/:code',
    { schema: { params: z.object({ code: z.string().regex(CODE) }), querystring: codeQuery } },
    async (req) => {
      const r = await lookupCodes(deps.db, {
        codes: [req.params.code.toUpperCase()],
        dateOfService: req.query.dos ?? null,
        setting: req.query.setting ?? 'practitioner',
        locality: localityOf(req.query),
      });
      // A single code has no pairs: its edits "against nothing" are empty by definition.
      return {
        dateOfService: r.dateOfService,
        setting: r.setting,
        codes: r.codes,
        ptp: r.ptp,
        mue: r.mue,
        rvu: r.rvu,
        addOns: r.addOns,
        payment: r.payment,
        editions: r.editions,
      };
    },
  );

  app.get(
    '/api/edits',
    {
      schema: {
        querystring: codeQuery.extend({
          codes: z.string().regex(/^[A-Za-z0-9.]{2,8}(,[A-Za-z0-9.]{2,8})*$/),
        }),
      },
    },
    async (req, reply) => {
      const codes = [...new Set(req.query.codes.split(',').map((c) => c.toUpperCase()))];
      if (codes.length > MAX_CODES) return reply.code(400).send({ error: `at most ${MAX_CODES} codes` });
      return lookupCodes(deps.db, {
        codes,
        dateOfService: req.query.dos ?? null,
        setting: req.query.setting ?? 'practitioner',
        locality: localityOf(req.query),
      });
    },
  );
};
