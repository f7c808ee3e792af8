import { beforeAll, describe, expect, it } from 'vitest';
import { seedConsult } from '../../fixtures/desk/seed.js';
import { apiSuite } from './helpers.js';
import { seedSignedIn } from './session.js';

describe('the desk alert for failed sends', () => {
  const h = apiSuite();
  let ann: { cookie: string; csrf: string };
  beforeAll(async () => {
    ann = await seedSignedIn(h, 'Ann Coder');
  });

  const page = (url: string) => h.app.inject({ method: 'GET', url, headers: { cookie: ann.cookie } });

  it('lists a reply that failed for good on every queue view until a person marks it checked', async () => {
    const c = await seedConsult(h.scratch.db, { state: 'failed' });
    await h.scratch.db
      .insertInto('outbox')
      .values({
        consult_id: c.consultId,
        draft_id: c.draftId,
        kind: 'reply',
        state: 'failed',
        to_address: 'asker@example.test',
        subject: 'Re: q',
        text: 't',
        html: 'h',
        message_id: `<failed.${c.token}@example.test>`,
        attempts: 6,
        last_error: '451 4.3.0 busy, try again later',
        failed_at: new Date(),
      })
      .execute();

    for (const view of ['/', '/?state=sent']) {
      const queue = await page(view);
      expect(queue.body).toContain('role="alert" id="send-alerts"');
      expect(queue.body).toContain(`href="/consults/${c.consultId}">${c.token}</a>`);
    }
    const consult = await page(`/consults/${c.consultId}`);
    expect(consult.body).toContain('could not be sent after 6 attempt(s)');
    expect(consult.body).toContain('451 4.3.0 busy');

    const checked = await h.app.inject({
      method: 'POST',
      url: `/consults/${c.consultId}/acknowledge-failure`,
      headers: { cookie: ann.cookie },
      payload: { _csrf: ann.csrf },
    });
    expect(checked.statusCode).toBe(303);
    expect((await page('/')).body).not.toContain('id="send-alerts"');
    expect((await page(`/consults/${c.consultId}`)).body).toContain('(checked)');
    const audit = await h.scratch.db
      .selectFrom('audit_events')
      .select('action')
      .where('consult_id', '=', c.consultId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['send.acknowledged']);
  });
});
