// Bounces without a report part (issue 17, part 7): recognised by sender, subject or text, quarantined
// as bounces; questions, including ones that quote numbers, are not taken for them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bounceEvidence } from '../../../src/mail/bounce.js';
import { parseMessage, type ParsedMessage } from '../../../src/mail/parse.js';
import { screenMessage } from '../../../src/mail/screen.js';
import { authenticateSender } from '../../../src/mail/sender-auth.js';
import { parsedQuestion } from '../../fixtures/mail/parsed-question.js';
import { sharedEmails } from '../../helpers/shared-emails.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', '..', 'fixtures');
const policy = {
  consultAddress: 'consult@example.test',
  allowedSenders: [],
  maxMessageBytes: 1_000_000,
  requireAuthenticatedSenders: false,
};
const noAuth = authenticateSender([], 'example.test', []);
const written = readdirSync(path.join(FIXTURES, 'bounces')).map((f) => ({
  name: f.replace('.eml', ''),
  raw: readFileSync(path.join(FIXTURES, 'bounces', f)),
}));
const person = (m: ParsedMessage): ParsedMessage => ({
  ...m,
  fromAddress: 'dana@clinic.example',
  subject: 'Re: your reply',
});

describe('bounces without a report part', () => {
  it('come in the formats of Exchange, Gmail, qmail, Postfix and Apache James', () => {
    expect(written.map((w) => w.name).sort()).toEqual(['exchange', 'gmail', 'james', 'postfix', 'qmail']);
  });

  it.each(written)('quarantines the $name bounce as a bounce', async ({ raw }) => {
    const verdict = screenMessage(await parseMessage(raw), noAuth, policy);
    expect(verdict).toEqual({ accepted: false, reason: expect.stringMatching(/^bounce: /) });
  });

  it.each(written)(
    'knows the $name bounce by its text alone, from a person with a plain subject',
    async ({ raw }) => {
      expect(bounceEvidence(person(await parseMessage(raw)))).toMatch(/text/);
    },
  );

  it("knows Apache James' notice by its SMTP status line, as in the bounce that was drafted", async () => {
    const james = await parseMessage(written.find((w) => w.name === 'james')!.raw);
    const statusOnly = {
      ...person(james),
      text: 'Error message below:\n550 - Requested action not taken: no such user here\n',
    };
    expect(bounceEvidence(statusOnly)).toBe('SMTP 550 status in the text');
    expect(bounceEvidence(james)).toBe('sent by a mail system (post_master)');
  });

  it.each([
    'mailer-daemon@mx.example',
    'MAILER-DAEMON@mx.example',
    'Mailer_Daemon@mx.example',
    'mailerdaemon@mx.example',
    'postmaster@clinic.example',
    'post_master@hospital.example',
    'post.master@hospital.example',
    'PostMaster+ndr@hospital.example',
    'mail-delivery-subsystem@mx.example',
    'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@clinic.example',
  ])('knows %s for a mail system', (from) => {
    expect(bounceEvidence({ ...person(parsedQuestion()), fromAddress: from })).toMatch(
      /^sent by a mail system/,
    );
  });

  it.each([
    'master.coder@clinic.example',
    'daemon.hunter@clinic.example',
    'dana.post@clinic.example',
    'postmasterson@clinic.example',
  ])('takes %s for a person', (from) =>
    expect(bounceEvidence({ ...parsedQuestion(), fromAddress: from })).toBeNull(),
  );

  it.each([
    'Undeliverable: Re: 32555 with 76942',
    'Undelivered Mail Returned to Sender',
    'Delivery Status Notification (Failure)',
    'Returned mail: see transcript for details',
    'failure notice',
    'Failure Notice',
    'Mail delivery failed: returning message to sender',
    'DELIVERY FAILURE: User robin not listed',
    '[BOUNCE]',
    'Delayed Mail (still being retried)',
    'Warning: could not send message for past 4 hours',
  ])('knows the subject "%s"', (subject) => {
    expect(bounceEvidence({ ...parsedQuestion(), subject })).toBe('delivery failure subject');
  });

  it('takes none of the labelled coding questions for a bounce', () => {
    const lines = ['labelled.jsonl', 'holdout.jsonl'].flatMap((f) =>
      readFileSync(path.join(FIXTURES, 'questions', f), 'utf8')
        .trim()
        .split('\n'),
    );
    expect(lines.length).toBeGreaterThan(400);
    const flagged = lines
      .map((l) => JSON.parse(l) as { id: string; subject: string; body: string })
      .filter((q) => bounceEvidence({ ...parsedQuestion(), subject: q.subject, text: q.body }));
    expect(flagged.map((q) => q.id)).toEqual([]);
  });

  it('takes a question quoting codes and units, and one about a denial, for questions', () => {
    for (const text of [
      '550 units of J1100? The MUE is 4. Also 450 - is that a typo for 45380?',
      'Claim denied with CO-97: 20610 bundled into 99213. Remark N56. What does the payer mean?',
      'Q: 99214 and 93000 on the same day, mailbox for the clinic is full of denials, does 25 apply?',
    ])
      expect(bounceEvidence({ ...parsedQuestion(), text })).toBeNull();
  });

  it('takes no shared real-world message for a bounce unless it is one (or comes from postmaster itself)', async () => {
    const wrong: string[] = [];
    for (const email of sharedEmails().filter((e) => e.category !== 'bounce')) {
      const m = await parseMessage(email.raw);
      const evidence = bounceEvidence(m);
      if (evidence && !evidence.startsWith('sent by a mail system (postmaster)'))
        wrong.push(`${email.path}: ${evidence}`);
    }
    expect(wrong).toEqual([]);
  });
});
