// A consult's token, the key in its replies' subjects ("[CD-7K4M2Q]"): made where the consult row is
// written, which retries on the rare collision. mail/thread.ts reads it back out of subjects.
import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L or U: a token read aloud or retyped is not mistaken for another.
const TOKEN_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newConsultToken(): string {
  let s = 'CD-';
  for (let i = 0; i < 6; i++) s += TOKEN_ALPHABET[randomInt(TOKEN_ALPHABET.length)];
  return s;
}
