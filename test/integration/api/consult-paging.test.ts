// Paging the consult list (issue 17, part 3): the API and the desk's queue go page by page with a
// cursor, in a stable order, and a list read while mail arrives shows each consult exactly once.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedConsult, seedReviewer } from '../../fixtures/desk/seed.js';
import { apiHarness, type ApiHarness } from './helpers.js';
import { signInAs } from './session.js';

type Page = { consults: { id: string; updatedAt: string }[]; nextCursor: string | null };

describe('paging the consult list', () => {
  let h: ApiHarness;
  const seeded: string[] = [];
  beforeAll(async () => {
    h = await apiHarness();
    for (let i = 0; i < 120; i++)
      seeded.push((await seedConsult(h.scratch.db, { subject: `Paged ${i}` })).consultId);
  });
  afterAll(async () => h?.close());

  const get = async (query: string) => {
    const res = await h.app.inject({ method: 'GET', url: `/api/consults?${query}`, headers: h.auth });
    return { status: res.statusCode, body: res.json() as Page & { error?: string } };
  };

  it('answers 50 consults and a cursor by default', async () => {
    const { status, body } = await get('state=awaiting_review');
    expect(status).toBe(200);
    expect(body.consults).toHaveLength(50);
    expect(body.consults.map((c) => c.id)).toEqual(seeded.slice(0, 50));
    expect(body.nextCursor).toEqual(expect.any(String));
  });

  it('shows every consult exactly once while new questions and follow-ups arrive between pages', async () => {
    const seen: string[] = [];
    const arrived: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const [{ body }]: [{ body: Page }, unknown] = await Promise.all([
        get(`state=awaiting_review&limit=25${cursor ? `&cursor=${cursor}` : ''}`),
        // New mail at the same moment: a new consult, and a follow-up to one already listed and to one not.
        (async () => {
          arrived.push((await seedConsult(h.scratch.db, { subject: `Arrived ${pages}` })).consultId);
          await followUp(seeded[pages * 10]!);
          await followUp(seeded[119 - pages]!);
        })(),
      ]);
      seen.push(...body.consults.map((c) => c.id));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(cursor).toBeNull();
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, 120)).toEqual(seeded);
    // New consults come after the old ones, in the order they opened.
    expect(seen.slice(120)).toEqual(arrived.slice(0, seen.length - 120));
  });

  it('gives at most 500 to a page however many are asked for', async () => {
    await sql`insert into consults (token, asker_address, subject, state)
      select 'CD-P' || g, 'bulk@example.test', 'Bulk ' || g, 'received' from generate_series(1, 510) g`.execute(
      h.scratch.db,
    );
    const first = await get('state=received&limit=5000');
    expect(first.status).toBe(200);
    expect(first.body.consults).toHaveLength(500);
    const rest = await get(`state=received&limit=5000&cursor=${first.body.nextCursor}`);
    expect(rest.body.consults).toHaveLength(10);
    expect(rest.body.nextCursor).toBeNull();
  });

  it('lists consults changed since a time, oldest change first, whatever code changed them', async () => {
    const since = (await sql<{ t: Date }>`select clock_timestamp() as t`.execute(h.scratch.db)).rows[0]!.t;
    const [a, b] = [seeded[3]!, seeded[7]!];
    const reviewer = await seedReviewer(h.scratch.db, 'Sync Watcher');
    // A claim sets claimed_by only: the trigger moves updated_at all the same.
    await h.scratch.db
      .updateTable('consults')
      .set({ claimed_by: reviewer.id, claimed_at: new Date() })
      .where('id', '=', b)
      .execute();
    await h.scratch.db.updateTable('consults').set({ state: 'approved' }).where('id', '=', a).execute();
    const { body } = await get(`updatedSince=${since.toISOString()}`);
    expect(body.consults.map((c) => c.id)).toEqual([b, a]);
    expect(new Date(body.consults[0]!.updatedAt).getTime()).toBeGreaterThanOrEqual(since.getTime() - 1);
    expect(body.nextCursor).toBeNull();

    const paged = await get(`updatedSince=${since.toISOString()}&limit=1`);
    expect(paged.body.consults.map((c) => c.id)).toEqual([b]);
    const next = await get(`updatedSince=${since.toISOString()}&limit=1&cursor=${paged.body.nextCursor}`);
    expect(next.body.consults.map((c) => c.id)).toEqual([a]);
  });

  it('refuses a cursor it did not give out, or one of the other order', async () => {
    expect((await get('cursor=bm9wZQ')).body.error).toBe('CURSOR.INVALID');
    const opened = (await get('limit=1')).body.nextCursor!;
    const res = await get(`updatedSince=2026-01-01T00:00:00Z&cursor=${opened}`);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('CURSOR.INVALID');
    expect((await get('updatedSince=yesterday')).status).toBe(400);
  });

  it("pages the desk's queue the same way, keeping the filters", async () => {
    const ann = await seedReviewer(h.scratch.db, 'Page Turner');
    const { cookie } = await signInAs(h.app, ann.email, PASSWORD);
    const rowsOf = (html: string) => [...html.matchAll(/data-href="\/consults\/(\d+)"/g)].map((m) => m[1]!);
    const nextOf = (html: string) =>
      /<a href="([^"]+)" rel="next">/
        .exec(html)?.[1]
        ?.replace(/&#x3D;/g, '=')
        .replace(/&amp;/g, '&');
    const seen: string[] = [];
    let url: string | undefined = '/?state=awaiting_review&asker=asker';
    let pages = 0;
    while (url && pages < 10) {
      const res = await h.app.inject({ method: 'GET', url, headers: { cookie } });
      expect(res.statusCode).toBe(200);
      if (pages > 0) expect(res.body).toContain('First page');
      seen.push(...rowsOf(res.body));
      url = nextOf(res.body);
      if (url) expect(url).toContain('asker=asker');
      pages++;
    }
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(seeded.filter((id) => id !== seeded[3])));
  });

  async function followUp(consultId: string) {
    const mailbox = await h.scratch.db.selectFrom('mailboxes').select('id').executeTakeFirstOrThrow();
    await h.scratch.db
      .insertInto('inbound_messages')
      .values({
        mailbox_id: mailbox.id,
        uid_validity: 1,
        uid: 900_000 + Math.floor(Math.random() * 90_000),
        message_id: `<follow.${consultId}.${Math.random()}@example.test>`,
        raw: Buffer.from('raw'),
        size: 3,
        state: 'threaded',
        consult_id: consultId,
        from_address: 'asker@example.test',
        subject: 'Re: follow-up',
      })
      .execute();
  }
});
