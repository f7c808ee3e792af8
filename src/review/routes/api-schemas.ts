// Schemas of the public API (issue 2): names and shapes are a contract — extend, never rename.
// Requests are zod, so each is its handler's type. Answers stay JSON schemas written by fastify's own
// serializer, byte for byte as before (a zod serializer would turn a stray answer into a 500).
import { z } from 'zod';
import { consultFilter, draftEdit, int } from './request-schemas.js';

/** Paging (issue 17): `limit` defaults to 50 and a larger one is read as 500 (PAGE_MAX); `cursor` is the
 * previous answer's nextCursor; `updatedSince` lists consults changed since then, oldest change first. */
export const listQuery = z.object({
  ...consultFilter,
  limit: int().min(1).optional(),
  cursor: z.string().max(200).optional(),
  updatedSince: z.iso.datetime({ offset: true }).optional(),
});

/** Approve as drafted (no body), or with the reviewer's last edit. */
export const approveBody = z.looseObject(draftEdit.shape).partial().nullable();
export const editBody = z.looseObject(draftEdit.shape);
export const rejectBody = z.looseObject({
  reason: z.string().min(1).max(5000),
  sendReply: z.boolean().optional(),
});
export const requestInfoBody = z.looseObject({ note: z.string().min(1).max(5000) });

const nullableString = { type: ['string', 'null'] } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;

export const errorSchema = {
  type: 'object',
  properties: { error: { type: 'string' }, message: { type: 'string' } },
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
