// A consult's token: the key its subject line carries ("[CD-7QK2MX]"), so a reply threads by it. No
// 0/O, 1/I/L or U: a token read aloud or retyped stays one token.
import { randomInt } from 'node:crypto';

const TOKEN_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TOKEN_IN_SUBJECT = /\[(CD-[2-9A-HJKMNP-TV-Z]{6})\]/i;

export function newConsultToken(): string {
  let s = 'CD-';
  for (let i = 0; i < 6; i++) s += TOKEN_ALPHABET[randomInt(TOKEN_ALPHABET.length)];
  return s;
}
