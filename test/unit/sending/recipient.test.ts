import addressparser from 'nodemailer/lib/addressparser';
import { describe, expect, it } from 'vitest';
import { singleRecipient } from '../../../src/sending/recipient.js';
import { composeRaw } from '../../../src/sending/smtp-transport.js';

const row = (toAddress: string) => ({
  toAddress,
  subject: 'Re: 32555 [CD-ABCDEF]',
  text: 'Bundled.',
  html: '<p>Bundled.</p>',
  messageId: '<codedesk.x@desk.example>',
  inReplyTo: null,
  references: [],
});

const toHeaderOf = async (to: string) => {
  const raw = (await composeRaw(row(to), { address: 'consult@desk.example', name: 'Desk' })).toString();
  return /^To: (.*)$/m.exec(raw)?.[1] ?? '';
};

describe('the one recipient of a reply', () => {
  it('is the checked address, lower-cased', () => {
    expect(singleRecipient(row('Dana@Clinic.example'))).toBe('dana@clinic.example');
  });

  it.each([
    'attacker@evil.example,someone@clinic.example',
    'attacker@evil.example someone@clinic.example',
    'Dana <dana@clinic.example>',
    '(unknown sender)',
  ])('is refused when the row says %j', (to) => {
    expect(singleRecipient(row(to))).toBeNull();
  });

  it('is written in the To header as one mailbox, even from a row holding two addresses', async () => {
    expect(await toHeaderOf('dana@clinic.example')).toBe('dana@clinic.example');
    const crafted = await toHeaderOf('attacker@evil.example,someone@clinic.example');
    expect(addressparser(crafted)).toHaveLength(1);
  });
});
