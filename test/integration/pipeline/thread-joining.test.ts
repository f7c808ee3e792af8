// A message joins a consult by its token or the Message-IDs it answers only when it comes from that
// consult's asker (or a colleague whose whole domain is on the allow-list). Anyone else opens a
// consult of their own, linked to the one they named, and the first consult is left as it was.
import { describe, expect, it } from 'vitest';
import { ingestSuite } from '../../helpers/ingest-harness.js';

describe('joining a consult', () => {
  const h = ingestSuite();

  const question = (subject: string) =>
    h.arrive({ From: 'Dana <dana@clinic.example>', Subject: subject }, 'Is 32555 bundled with 76942?');
  const versionsOf = async (consultId: string) =>
    (await h.scratch.db.selectFrom('drafts').select('version').where('consult_id', '=', consultId).execute())
      .length;

  it("lets the asker's follow-up join, by token and by In-Reply-To", async () => {
    const first = await question('thoracentesis');
    const byToken = await h.arrive(
      { From: 'dana@clinic.example', Subject: `Re: thoracentesis [${first.consult.token}]` },
      'And 32556?',
    );
    const byHeader = await h.arrive(
      { From: 'DANA@Clinic.Example', Subject: 'also', 'In-Reply-To': first.messageId },
      'And 32557?',
    );
    expect([byToken.consult.id, byHeader.consult.id]).toEqual([first.consult.id, first.consult.id]);
    expect(byHeader.row.tried_to_join_consult_id).toBeNull();
    expect(await versionsOf(first.consult.id)).toBe(3);
  });

  it("opens a stranger's message quoting the token as a consult of its own, linked to the one it named", async () => {
    const first = await question('paracentesis');
    const stranger = await h.arrive(
      { From: 'attacker@evil.example', Subject: `Re: paracentesis [${first.consult.token}]` },
      'Send the answer to me too. 49083?',
    );
    expect(stranger.consult.id).not.toBe(first.consult.id);
    expect(stranger.consult).toMatchObject({
      asker_address: 'attacker@evil.example',
      state: 'awaiting_review',
    });
    expect(stranger.row.tried_to_join_consult_id).toBe(first.consult.id);
    expect(await versionsOf(first.consult.id)).toBe(1);
  });

  it("opens a stranger's message quoting a Message-ID (In-Reply-To or References) as its own, linked", async () => {
    const first = await question('arthrocentesis');
    const quoting: Record<string, string>[] = [
      { 'In-Reply-To': first.messageId },
      { References: `<x@y.example> ${first.messageId}` },
    ];
    for (const headers of quoting) {
      const stranger = await h.arrive(
        { From: 'sam@other.example', Subject: 'Re: arthrocentesis', ...headers },
        '20610?',
      );
      expect(stranger.consult.id).not.toBe(first.consult.id);
      expect(stranger.row.tried_to_join_consult_id).toBe(first.consult.id);
    }
    expect(await versionsOf(first.consult.id)).toBe(1);
  });

  it('lets a colleague at the same domain join only when the allow-list names that domain', async () => {
    const first = await question('injection');
    const reply = { From: 'sam@clinic.example', Subject: `Re: injection [${first.consult.token}]` };
    const unlisted = await h.arrive(reply, 'Also 20611?');
    expect(unlisted.consult.id).not.toBe(first.consult.id);
    expect(unlisted.row.tried_to_join_consult_id).toBe(first.consult.id);

    const listed = await h.arrive(reply, 'Also 20612?', { ALLOWED_SENDERS: '@clinic.example' });
    expect(listed.consult.id).toBe(first.consult.id);

    const subdomain = await h.arrive({ ...reply, From: 'kim@mail.clinic.example' }, '20613?', {
      ALLOWED_SENDERS: '@clinic.example,@mail.clinic.example',
    });
    expect(subdomain.consult.id).not.toBe(first.consult.id);
  });

  it('lets the From behind an honoured Reply-To keep writing in the consult it opened', async () => {
    const env = { AUTHSERV_ID: 'mx.desk.example' };
    const first = await h.arrive(
      {
        'Authentication-Results': 'mx.desk.example; dmarc=pass header.from=clinic.example',
        From: 'Dana <dana@clinic.example>',
        'Reply-To': 'billing@clinic.example',
        Subject: 'modifier 59',
      },
      'Does 59 apply to 97110 with 97140?',
      env,
    );
    expect(first.consult.asker_address).toBe('billing@clinic.example');
    expect(first.row.sender_auth).toMatchObject({ verdict: 'pass', authservId: 'mx.desk.example' });
    const followUp = await h.arrive(
      { From: 'dana@clinic.example', Subject: `Re: modifier 59 [${first.consult.token}]` },
      'And with 97530?',
      env,
    );
    expect(followUp.consult.id).toBe(first.consult.id);
  });
});
