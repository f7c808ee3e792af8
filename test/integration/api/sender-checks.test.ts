// What the desk and the API show of each message's sender: the receiving server's authentication
// verdict, and the consult a message named but was not let into.
import { beforeAll, describe, expect, it } from 'vitest';
import { seedConsult } from '../../fixtures/desk/seed.js';
import { apiSuite } from './helpers.js';
import { seedSignedIn } from './session.js';

describe("the sender's checks on the consult page and in the API", () => {
  const h = apiSuite();
  let named: Awaited<ReturnType<typeof seedConsult>>;
  let stranger: Awaited<ReturnType<typeof seedConsult>>;
  const auth = {
    verdict: 'none',
    detail: 'no pass aligned with evil.example (dmarc=none, spf=softfail, dkim=none)',
    authservId: 'mx.desk.example',
    dmarc: 'none',
    spf: 'softfail',
    dkim: null,
  };

  beforeAll(async () => {
    named = await seedConsult(h.scratch.db);
    stranger = await seedConsult(h.scratch.db, { from: 'attacker@evil.example' });
    await h.scratch.db
      .updateTable('inbound_messages')
      .set({ sender_auth: JSON.stringify(auth), tried_to_join_consult_id: named.consultId })
      .where('id', '=', stranger.inboundId)
      .execute();
  });

  it('gives each message its authentication verdict and the consult it tried to join', async () => {
    const res = await h.app.inject({
      method: 'GET',
      url: `/api/consults/${stranger.consultId}`,
      headers: h.auth,
    });
    expect(res.json().messages).toEqual([
      expect.objectContaining({
        id: stranger.inboundId,
        from: 'attacker@evil.example',
        senderAuth: auth,
        triedToJoin: { id: named.consultId, token: named.token },
      }),
    ]);
    const plain = await h.app.inject({
      method: 'GET',
      url: `/api/consults/${named.consultId}`,
      headers: h.auth,
    });
    expect(plain.json().messages).toEqual([
      expect.objectContaining({ id: named.inboundId, senderAuth: null, triedToJoin: null }),
    ]);
  });

  it('shows the verdict and links the consult the message named', async () => {
    const s = await seedSignedIn(h, 'Ann Coder');
    const page = await h.app.inject({
      method: 'GET',
      url: `/consults/${stranger.consultId}`,
      headers: { cookie: s.cookie },
    });
    expect(page.statusCode).toBe(200);
    // Handlebars escapes '=' as &#x3D;.
    const detail = auth.detail.replaceAll('=', '&#x3D;');
    expect(page.body).toContain(
      `Sender <span class="warning-text">not verified</span> <span class="muted">(${detail})</span>`,
    );
    expect(page.body).toContain(`named consult <a href="/consults/${named.consultId}">${named.token}</a>`);
  });
});
