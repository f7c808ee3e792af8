import { describe, expect, it } from 'vitest';
import { bottomLineOf, flatten } from '../../eval/answers/bottom-line.js';

const draft = (bottom: string, after = 'Answered for date of service 2026-01-05, practitioner claim.') =>
  `Hello,\n\nBOTTOM LINE\n${bottom}\n\n${after}\n\nTHE CODES\n\nCPT 20610\n  - Status: valid\n\nThe coding desk\n`;

describe('the bottom line of a text draft', () => {
  it('is the bullets under the heading, up to the context line after the blank line', () => {
    const text = draft('- J3301 is per 10 mg: 40 mg is 4 units.\n  Source: HCPCS Jul 2024.');
    expect(bottomLineOf(text)).toBe('- J3301 is per 10 mg: 40 mg is 4 units.\n  Source: HCPCS Jul 2024.');
  });

  it('keeps bullets that a blank line separates', () => {
    const text = draft('- First answer.\n\n- Second answer,\n  wrapped.');
    expect(bottomLineOf(text)).toBe('- First answer.\n- Second answer,\n  wrapped.');
  });

  it('stops at a heading that follows the bullets directly after a blank line', () => {
    const text = 'BOTTOM LINE\n- 99291 once.\n\nTHE CODES\n- CPT 99291';
    expect(bottomLineOf(text)).toBe('- 99291 once.');
  });

  it('runs to the end of a draft that has nothing after it', () => {
    expect(bottomLineOf('Hi\n\nBOTTOM LINE\n- Only this.\n')).toBe('- Only this.');
  });

  it('is empty when the draft has no bottom line', () => {
    expect(bottomLineOf('Hello,\n\nWe could not read your message.\n')).toBe('');
  });

  it('reads drafts written with Windows line ends', () => {
    expect(bottomLineOf('BOTTOM LINE\r\n- Yes.\r\n\r\nAnswered for...\r\n')).toBe('- Yes.');
  });

  it('flattens wrapped prose so patterns match across line breaks', () => {
    expect(flatten('- 76942 is part\n  of 20611.\n')).toBe('- 76942 is part of 20611.');
  });
});
