import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newMailbox, sendViaSmtp, waitFor, waitForMessages } from '../helpers/mailstack.js';
import { startHarness, type Harness } from './pipeline-harness.js';

interface ConsultSummary {
  id: string;
  state: string;
  subject: string;
  from: string;
  messageId: string;
}
interface ConsultDetail {
  id: string;
  state: string;
  draft: {
    id: string;
    version: number;
    subject: string;
    text: string;
    html: string;
    findings: { pairs: { column1: string; column2: string; modifierIndicator: string }[] };
  };
}

describe('a coding question travels from the asker to a reviewed reply in the asker inbox', () => {
  let h: Harness;
  const asker = newMailbox('asker');
  const questionId = `<e2e.${Date.now()}@clinic.example>`;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  async function consultFrom(address: string, state: string): Promise<ConsultSummary | undefined> {
    const res = await h.api<{ consults: ConsultSummary[] }>(
      'GET',
      `/api/consults?state=${state}&asker=${encodeURIComponent(address)}`,
    );
    return res.body.consults.find((c) => c.from === address);
  }

  it('drafts the question sent by SMTP, sends the approved reply threaded under it, and threads the follow-up', async () => {
    await sendViaSmtp({
      from: asker,
      to: h.consultAddress,
      subject: 'Thoracentesis with ultrasound - bill 76942 too?',
      text: 'Hello,\nOn DOS 03/04/2025 our pulmonologist did a thoracentesis under ultrasound (32555) and also billed 76942-26 for the guidance.\nIs 76942 separately payable, and would modifier 59 get it paid?\nThanks, Dana',
      messageId: questionId,
    });

    const summary = await waitFor(() => consultFrom(asker, 'awaiting_review'), 'a draft awaiting review');
    expect(summary.messageId).toBe(questionId);
    const detail = (await h.api<ConsultDetail>('GET', `/api/consults/${summary.id}`)).body;
    expect(detail.draft.text).toContain('32555');
    expect(detail.draft.text).toContain('76942');
    expect(detail.draft.findings.pairs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ column1: '32555', column2: '76942', modifierIndicator: '1' }),
      ]),
    );

    const [first, second] = await Promise.all([
      h.api('POST', `/api/consults/${summary.id}/approve`),
      h.api('POST', `/api/consults/${summary.id}/approve`),
    ]);
    expect([first.status, second.status].sort()).toEqual([202, 409]);

    const [replyRaw] = await waitForMessages(asker, 1);
    const reply = await simpleParser(replyRaw!);
    expect(reply.inReplyTo).toBe(questionId);
    expect(reply.references).toContain(questionId);
    expect(reply.subject).toBe(detail.draft.subject);
    expect(reply.subject).toMatch(
      /^Re: Thoracentesis with ultrasound - bill 76942 too\? \[CD-[A-Z0-9]{6}\]$/,
    );
    expect(reply.text).toContain('32555');
    expect(reply.html).toContain('76942');
    await waitFor(async () => (await consultFrom(asker, 'sent')) ?? false, 'the consult to be sent');
    await waitForMessages(h.consultAddress, 1, 'Sent');
    const outbox = await h.ctx.db
      .selectFrom('outbox')
      .selectAll()
      .where('consult_id', '=', summary.id)
      .execute();
    expect(outbox).toHaveLength(1);

    // The asker answers the reply: the follow-up joins the same consult, which is drafted again.
    await sendViaSmtp({
      from: asker,
      to: h.consultAddress,
      subject: `Re: ${reply.subject}`,
      text: 'Thanks. What if it was done on the hospital outpatient side instead?\n\nOn Tue, CodeDesk wrote:\n> 32555 ...',
      inReplyTo: reply.messageId,
      references: [questionId, reply.messageId!],
    });
    const reopened = await waitFor(() => consultFrom(asker, 'awaiting_review'), 'the follow-up draft');
    expect(reopened.id).toBe(summary.id);
    const again = (await h.api<ConsultDetail>('GET', `/api/consults/${summary.id}`)).body;
    expect(again.draft.version).toBeGreaterThan(detail.draft.version);
  });

  it('asks the asker for more information, and the answer wakes the consult with a new draft', async () => {
    const asker2 = newMailbox('asker');
    await sendViaSmtp({
      from: asker2,
      to: h.consultAddress,
      subject: 'Which code for the drain?',
      text: 'Doc placed a drain in the chest. Which code?',
    });
    const summary = await waitFor(() => consultFrom(asker2, 'awaiting_review'), 'the first draft');
    const asked = await h.api('POST', `/api/consults/${summary.id}/request-info`, {
      note: 'Was imaging guidance used, and was a catheter left in place?',
    });
    expect(asked.status).toBe(202);

    const [requestRaw] = await waitForMessages(asker2, 1);
    const request = await simpleParser(requestRaw!);
    expect(request.text).toContain('Was imaging guidance used');
    await waitFor(
      async () => (await consultFrom(asker2, 'awaiting_info')) ?? false,
      'the consult to wait for the asker',
    );

    await sendViaSmtp({
      from: asker2,
      to: h.consultAddress,
      subject: `Re: ${request.subject}`,
      text: 'Yes, ultrasound guided, and the pigtail catheter stayed in: 32557.',
      inReplyTo: request.messageId,
      references: [request.messageId!],
    });
    const woken = await waitFor(
      () => consultFrom(asker2, 'awaiting_review'),
      'the answer to wake the consult',
    );
    expect(woken.id).toBe(summary.id);
    const detail = (await h.api<ConsultDetail>('GET', `/api/consults/${summary.id}`)).body;
    expect(detail.draft.text).toContain('32557');
  });
});
