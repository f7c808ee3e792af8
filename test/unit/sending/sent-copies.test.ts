import { describe, expect, it } from 'vitest';
import type { Config } from '../../../src/config.js';
import { foldersToSearch } from '../../../src/sending/sent-copies.js';

const folders = (f: Pick<Config['imap'], 'mailbox' | 'processedFolder' | 'sentFolder'>) =>
  foldersToSearch(f as Config['imap']);

describe('where a reply copy is looked for after a crash', () => {
  it('searches Sent first, then INBOX and Processed, where the copy to the consult mailbox arrives', () => {
    expect(folders({ mailbox: 'INBOX', processedFolder: 'Processed', sentFolder: 'Sent' })).toEqual([
      'Sent',
      'INBOX',
      'Processed',
    ]);
  });

  it('skips a folder that is not configured, and names a folder once', () => {
    expect(folders({ mailbox: 'INBOX', processedFolder: 'INBOX', sentFolder: '' })).toEqual(['INBOX']);
  });
});
