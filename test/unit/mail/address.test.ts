import addressparser from 'nodemailer/lib/addressparser';
import { describe, expect, it } from 'vitest';
import { checkAddress, readMailbox } from '../../../src/mail/address.js';
import { decodeEncodedWords } from '../../../src/mail/encoded-words.js';

const LEAK = /a reply could reach people who did not ask/;
const b64 = (s: string) => Buffer.from(s).toString('base64');
const problemOf = (value: string) => {
  const read = readMailbox('From', [value]);
  return read.ok ? `accepted as ${read.mailbox.address}` : read.problem;
};

// The start of each refusal that more than one form of From earns.
const TWO_ADDRESSES = /^From holds 2 addresses/;
const GROUP = /^From uses group syntax/;
const NAME_SHOWS_ADDRESS = /^From display name shows an address other than the sender's/;
const NO_SENDER = /^no sender address in From/;
const TEXT_BESIDE = /^From has text beside the address/;
const CONTROL = /^From holds control characters/;

describe('reading the one mailbox of a From header', () => {
  // Each of these reads as one address to a lenient reader (the old code took the first or glued them),
  // and nodemailer splits or repairs it into an address nobody asked from.
  it.each([
    [
      'the reported attack: two addresses in one pair of brackets',
      '<attacker@evil.example,someone@clinic.example>',
      TWO_ADDRESSES,
    ],
    ['two addresses separated by a comma', 'attacker@evil.example, someone@clinic.example', TWO_ADDRESSES],
    [
      'two addresses separated by a semicolon',
      'attacker@evil.example; someone@clinic.example',
      TWO_ADDRESSES,
    ],
    [
      'two bracketed addresses side by side',
      '<attacker@evil.example> <someone@clinic.example>',
      TWO_ADDRESSES,
    ],
    [
      'an address posing as the display name',
      'someone@clinic.example <attacker@evil.example>',
      TWO_ADDRESSES,
    ],
    ['group syntax with two members', 'Friends: attacker@evil.example, someone@clinic.example;', GROUP],
    ['an empty group', 'undisclosed-recipients:;', GROUP],
    [
      'a quoted display name holding another address',
      '"someone@clinic.example" <attacker@evil.example>',
      NAME_SHOWS_ADDRESS,
    ],
    [
      'an encoded-word name hiding an address and a comma',
      '=?utf-8?Q?someone=40clinic.example=2C_boss?= <attacker@evil.example>',
      NAME_SHOWS_ADDRESS,
    ],
    [
      'an encoded-word that decodes to two addresses',
      `=?utf-8?B?${b64('x <attacker@evil.example>, y <someone@clinic.example>')}?=`,
      NO_SENDER,
    ],
    [
      'a quoted local part holding @ and a comma',
      '"attacker@evil.example,someone"@clinic.example',
      /^From address is not valid: a quoted local part/,
    ],
    ['a source route', '<@evil.example:someone@clinic.example>', /^From has a source route/],
    [
      'more than one @ outside quotes',
      'attacker@evil.example@clinic.example',
      /^From address is not valid: more than one @/,
    ],
    ['a missing domain', 'someone@', /^From address is not valid: no domain/],
    ['a missing local part', '@clinic.example', /^From address is not valid: no local part/],
    ['no @ at all', 'postoffice', NO_SENDER],
    ['text after the bracketed address', 'Dana <dana@clinic.example> attacker@evil.example', TWO_ADDRESSES],
    ['trailing garbage after the bracketed address', 'Dana <dana@clinic.example> garbage', TEXT_BESIDE],
    ['a word beside a bare address', 'dana@clinic.example garbage', TEXT_BESIDE],
    ['a trailing list separator', 'Dana <dana@clinic.example>,', /^From has a list separator/],
    ['an unclosed bracket', 'Dana <dana@clinic.example', /^From has unbalanced/],
    ['a NUL byte', 'dana@clinic.example\u0000attacker@evil.example', CONTROL],
    [
      'a CR LF that is not folding (header injection)',
      'dana@clinic.example\r\nBcc: attacker@evil.example',
      CONTROL,
    ],
    ['a very long value', `Dana <${'a'.repeat(5000)}@clinic.example>`, /^From is 5022 characters long/],
    ['a local part over 64 characters', `${'a'.repeat(65)}@clinic.example`, /over 64 characters/],
    ['an address literal', 'dana@[192.0.2.1]', /address literal/],
    ['a domain of one label', 'dana@clinic', /not a valid host name/],
    ['a zero-width space in the domain', 'dana@clinic\u200b.example', /not a valid host name/],
    [
      'an encoded-word in the local part',
      '=?utf-8?q?attacker?=@clinic.example',
      /encoded-word in the local part/,
    ],
    ['two dots in the local part', 'dana..x@clinic.example', /dots not allowed/],
  ])('refuses %s', (_label, value, reason) => {
    expect(problemOf(value)).toMatch(reason);
  });

  it('says why a reply could leak, for the forms that hold more than one address', () => {
    expect(problemOf('<attacker@evil.example,someone@clinic.example>')).toBe(
      'From holds 2 addresses: a reply could reach people who did not ask',
    );
    expect(problemOf('Friends: a@evil.example;')).toMatch(LEAK);
  });

  it('refuses a message with two From headers', () => {
    const read = readMailbox('From', ['dana@clinic.example', 'attacker@evil.example']);
    expect(read).toEqual({
      ok: false,
      problem: `2 From headers: a reply could reach people who did not ask`,
    });
  });

  it.each([
    ['"Dana Coder" <Dana@Clinic.example>', 'dana@clinic.example', 'Dana Coder'],
    ['dana@clinic.example (Dana)', 'dana@clinic.example', 'Dana'],
    ['<dana@clinic.example>', 'dana@clinic.example', null],
    ['"Coder, Dana" <dana@clinic.example>', 'dana@clinic.example', 'Coder, Dana'],
    ['"dana@clinic.example" <dana@clinic.example>', 'dana@clinic.example', null],
    [
      '"Dana (dana@clinic.example)" <dana@clinic.example>',
      'dana@clinic.example',
      'Dana (dana@clinic.example)',
    ],
    ['=?iso-8859-1?Q?J=F8rn_St=F8ylen?= <jorn@clinic.example>', 'jorn@clinic.example', 'Jørn Støylen'],
    ['Dana\r\n <dana@clinic.example>', 'dana@clinic.example', 'Dana'],
    ["o'brien+codes@clinic.example", "o'brien+codes@clinic.example", null],
    ['Dana <dana@münchen.example>', 'dana@xn--mnchen-3ya.example', 'Dana'],
    ['"Jöhn Doe" <jdöe@mächine.example>', 'jdöe@xn--mchine-bua.example', 'Jöhn Doe'],
  ])('accepts %s as one mailbox', (value, address, name) => {
    const read = readMailbox('From', [value]);
    expect(read).toEqual({ ok: true, mailbox: { address, name } });
    // nodemailer reads the stored address back as that one address, never as two.
    expect(addressparser(address)).toEqual([{ address, name: '' }]);
  });
});

describe('checking a bare address, as the sender does before sending', () => {
  it('accepts one valid address and gives it lower-cased with an ASCII domain', () => {
    expect(checkAddress('Dana@Clinic.Example')).toEqual({ ok: true, address: 'dana@clinic.example' });
    expect(checkAddress('dana@münchen.example')).toEqual({
      ok: true,
      address: 'dana@xn--mnchen-3ya.example',
    });
  });

  it.each([
    'attacker@evil.example,someone@clinic.example',
    'attacker@evil.example someone@clinic.example',
    '"attacker@evil.example,someone"@clinic.example',
    'Dana <dana@clinic.example>',
    'dana@clinic.example\r\n',
    '(unknown sender)',
    '',
  ])('refuses %j', (value) => {
    expect(checkAddress(value).ok).toBe(false);
  });
});

describe('decoding encoded-words in a display name', () => {
  it('joins adjacent words and keeps a character split between them', () => {
    const euro = Buffer.from('€');
    const first = `=?utf-8?B?${euro.subarray(0, 1).toString('base64')}?=`;
    const second = `=?utf-8?B?${euro.subarray(1).toString('base64')}?=`;
    expect(decodeEncodedWords(`${first} ${second} 5`)).toBe('€ 5');
    expect(decodeEncodedWords('=?UTF-8?B?Rm9vLCBCYXI=?=')).toBe('Foo, Bar');
    expect(decodeEncodedWords('=?windows-1251?B?z/Do4uXy?=')).toBe('Привет');
  });
});
