// Reviewer/automation API over the reference data. Thin: validates the query, calls lookupCodes, shapes
// the answer. Registered by the desk behind its auth (the caller decides the prefix and hooks).
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { lookupCodes } from '../../coding/lookup.js';
import type { LocalityQuery, Setting } from '../../coding/lookup.types.js';
import type { Database } from '../../db/database.js';

const DATE = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
const CODE = '^[A-Za-z0-9.]{2,8}$';
const MAX_CODES = 25;

interface CodeQuery {
  dos?: string;
  setting?: Setting;
  /** A PFS locality as MAC-locality ("01112-54"), or a state with part of a locality name. */
  locality?: string;
  state?: string;
  area?: string;
}

const codeQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    dos: { type: 'string', pattern: DATE },
    setting: { type: 'string', enum: ['practitioner', 'hospital'] },
    locality: { type: 'string', pattern: '^\\d{4,5}-\\d{1,2}$' },
    state: { type: 'string', pattern: '^[A-Za-z]{2}$' },
    area: { type: 'string', maxLength: 60 },
  },
} as const;

/** The locality asked for in the query string, if any. */
function localityOf(q: CodeQuery): LocalityQuery | null {
  if (q.locality) {
    const [mac, locality] = q.locality.split('-');
    return { mac, locality };
  }
  return q.state ? { state: q.state, name: q.area } : null;
}

export async function refdataRoutes(app: FastifyInstance, deps: { db: Kysely<Database> }): Promise<void> {
  app.get<{ Params: { code: string }; Querystring: CodeQuery }>(
    '/api/codes/:code',
    {
      schema: {
        params: {
          type: 'object',
          required: ['code'],
          properties: { code: { type: 'string', pattern: CODE } },
        },
        querystring: codeQuerySchema,
      },
    },
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

  app.get<{ Querystring: CodeQuery & { codes: string } }>(
    '/api/edits',
    {
      schema: {
        querystring: {
          ...codeQuerySchema,
          required: ['codes'],
          properties: {
            ...codeQuerySchema.properties,
            codes: { type: 'string', pattern: '^[A-Za-z0-9.]{2,8}(,[A-Za-z0-9.]{2,8})*$' },
          },
        },
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
}
