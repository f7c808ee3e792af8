// JSON schemas of the public API (issue 2): names and shapes are a contract — extend, never rename.
import { CONSULT_STATES } from '../../db/schema/core.js';

const nullableString = { type: ['string', 'null'] } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;

export const errorSchema = {
  type: 'object',
  properties: { error: { type: 'string' }, message: { type: 'string' } },
} as const;

export const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: '^[0-9]{1,18}$' } },
} as const;

/** The consult filters the API and the queue page both accept. */
export const consultFilterProperties = {
  state: { type: 'string', enum: [...CONSULT_STATES] },
  asker: { type: 'string', maxLength: 200 },
  code: { type: 'string', maxLength: 20 },
  text: { type: 'string', maxLength: 200 },
} as const;

/** Paging (issue 17): `limit` defaults to 50 and a larger one is read as 500 (PAGE_MAX); `cursor` is the
 * previous answer's nextCursor; `updatedSince` lists consults changed since then, oldest change first. */
export const listQuery = {
  type: 'object',
  properties: {
    ...consultFilterProperties,
    limit: { type: 'integer', minimum: 1 },
    cursor: { type: 'string', maxLength: 200 },
    updatedSince: dateTime,
  },
  additionalProperties: false,
} as const;

const consultSummary = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    state: { type: 'string' },
    subject: { type: 'string' },
    from: { type: 'string' },
    messageId: nullableString,
    receivedAt: dateTime,
    updatedAt: dateTime,
    quarantineReason: nullableString,
    claimedBy: { type: ['integer', 'null'] },
  },
} as const;

export const listResponse = {
  type: 'object',
  properties: { consults: { type: 'array', items: consultSummary }, nextCursor: nullableString },
} as const;

const consultDetail = {
  type: 'object',
  properties: {
    ...consultSummary.properties,
    token: { type: 'string' },
    askerName: nullableString,
  },
} as const;

export const detailResponse = {
  type: 'object',
  properties: {
    ...consultDetail.properties,
    consult: consultDetail,
    messages: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          from: nullableString,
          subject: nullableString,
          messageId: { type: 'string' },
          receivedAt: dateTime,
          text: nullableString,
          questionText: nullableString,
          attachments: { type: 'array', items: {} },
          senderAuth: {
            type: ['object', 'null'],
            properties: {
              verdict: { type: 'string', enum: ['pass', 'fail', 'none'] },
              detail: { type: 'string' },
              authservId: nullableString,
              dmarc: nullableString,
              spf: nullableString,
              dkim: nullableString,
            },
          },
          triedToJoin: {
            type: ['object', 'null'],
            properties: { id: { type: 'string' }, token: { type: 'string' } },
          },
          notes: { type: 'array', items: { type: 'string' } },
          duplicates: {
            type: 'array',
            items: {
              type: 'object',
              properties: { receivedAt: dateTime, size: { type: 'integer' }, identical: { type: 'boolean' } },
            },
          },
        },
      },
    },
    draft: {
      type: ['object', 'null'],
      properties: {
        id: { type: 'string' },
        version: { type: 'integer' },
        source: { type: 'string' },
        subject: { type: 'string' },
        text: { type: 'string' },
        html: { type: 'string' },
        findings: {},
      },
    },
    flags: { type: 'array', items: {} },
  },
} as const;

export const approveBody = {
  type: ['object', 'null'],
  properties: {
    text: { type: 'string', minLength: 1, maxLength: 200_000 },
    html: { type: 'string', minLength: 1, maxLength: 400_000 },
    version: { type: 'integer', minimum: 1 },
  },
} as const;

export const rejectBody = {
  type: 'object',
  required: ['reason'],
  properties: { reason: { type: 'string', minLength: 1, maxLength: 5000 }, sendReply: { type: 'boolean' } },
} as const;

export const requestInfoBody = {
  type: 'object',
  required: ['note'],
  properties: { note: { type: 'string', minLength: 1, maxLength: 5000 } },
} as const;

export const editBody = {
  type: 'object',
  required: ['text', 'html', 'version'],
  properties: {
    text: { type: 'string', minLength: 1, maxLength: 200_000 },
    html: { type: 'string', minLength: 1, maxLength: 400_000 },
    version: { type: 'integer', minimum: 1 },
  },
} as const;

export const decisionResponse = {
  type: 'object',
  properties: {
    consultId: { type: 'string' },
    state: { type: 'string' },
    outboxId: nullableString,
    draftId: nullableString,
    draftVersion: { type: ['integer', 'null'] },
  },
} as const;

export const okResponse = { type: 'object', properties: { ok: { type: 'boolean' } } } as const;

export const deletionResponse = {
  type: 'object',
  properties: {
    deleted: {
      type: 'object',
      properties: {
        consultId: { type: 'string' },
        messages: { type: 'integer' },
        drafts: { type: 'integer' },
        outbox: { type: 'integer' },
      },
    },
  },
} as const;
