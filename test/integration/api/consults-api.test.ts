import { beforeEach, describe, expect, it } from 'vitest';
import { seedConsult } from '../../fixtures/desk/seed.js';
import { apiSuite } from './helpers.js';

describe('the consults JSON API', () => {
  const h = apiSuite();
  beforeEach(() => {
    h.jobs.length = 0;
  });

  it('refuses a request without credentials or with a wrong token', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/api/consults' })).statusCode).toBe(401);
    const wrong = await h.app.inject({
      method: 'GET',
      url: '/api/consults',
      headers: { authorization: 'Bearer nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ error: 'AUTH.REQUIRED' });
  });

  it('lists consults of a state with the contract fields', async () => {
    const seeded = await seedConsult(h.scratch.db, {
      state: 'quarantined',
      quarantineReason: 'auto-reply (RFC 3834)',
    });
    const res = await h.app.inject({
      method: 'GET',
      url: '/api/consults?state=quarantined',
      headers: h.auth,
    });
    expect(res.statusCode).toBe(200);
    const row = res.json().consults.find((c: { id: string }) => c.id === seeded.consultId);
    expect(row).toEqual({
      id: seeded.consultId,
      state: 'quarantined',
      subject: seeded.subject,
      from: 'asker@example.test',
      messageId: seeded.messageId,
      receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      quarantineReason: 'auto-reply (RFC 3834)',
      claimedBy: null,
    });
  });

  it('rejects an unknown state in the filter', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/consults?state=bogus', headers: h.auth });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('VALIDATION');
  });

  it('shows a consult with its messages, latest draft and flags', async () => {
    const s = await seedConsult(h.scratch.db);
    const res = await h.app.inject({ method: 'GET', url: `/api/consults/${s.consultId}`, headers: h.auth });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      id: s.consultId,
      state: 'awaiting_review',
      token: s.token,
      consult: { id: s.consultId },
    });
    expect(body.messages).toEqual([
      expect.objectContaining({
        id: s.inboundId,
        from: 'asker@example.test',
        messageId: s.messageId,
        text: expect.stringContaining('99213'),
      }),
    ]);
    expect(body.draft).toMatchObject({
      id: s.draftId,
      version: 1,
      subject: expect.stringContaining(s.token),
      text: expect.any(String),
      html: expect.any(String),
    });
    expect(body.draft.findings.mentions[0]).toMatchObject({ code: '99213' });
    expect(body.flags).toEqual([expect.objectContaining({ code: 'no_date_of_service' })]);
  });

  it('answers 404 for a consult that does not exist', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/consults/999999', headers: h.auth });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toBe('CONSULT.NOT_FOUND');
  });

  it('serves code look-ups behind the same authentication', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/api/codes/99213' })).statusCode).toBe(401);
    const res = await h.app.inject({ method: 'GET', url: '/api/codes/99213', headers: h.auth });
    expect(res.statusCode).toBe(200);
    expect(res.json().codes).toEqual([expect.objectContaining({ code: '99213' })]);
  });

  it('filters by asker, by a code found in the question, and by text', async () => {
    const knee = await seedConsult(h.scratch.db, {
      from: 'filter.one@example.test',
      subject: 'Knee filter case',
    });
    const other = await seedConsult(h.scratch.db, {
      from: 'filter.two@example.test',
      subject: 'Shoulder filter case',
      question: 'Is 29826 an add-on code?',
      withDraft: false,
    });
    const ids = async (q: string) =>
      (
        await h.app.inject({
          method: 'GET',
          url: `/api/consults?state=awaiting_review&${q}`,
          headers: h.auth,
        })
      )
        .json()
        .consults.map((c: { id: string }) => c.id);
    expect(await ids('asker=filter.two')).toEqual([other.consultId]);
    expect(await ids('asker=filter&code=20610')).toEqual([knee.consultId]);
    expect(await ids('asker=filter&code=29826')).toEqual([other.consultId]);
    expect(await ids('text=shoulder')).toEqual([other.consultId]);
    expect(await ids('text=100%25')).toEqual([]);
  });
});
