// Per inbound message and per draft: intake, the ingest attempt, threading, drafting, quarantine.
import { INBOUND } from '../../../src/lifecycle/transitions.js';
import { findConsultForThread, hasWrittenIn } from '../../../src/repositories/consult.repository.js';
import { beginIngestAttempt } from '../../../src/repositories/ingest-attempt.repository.js';
import { intakeSources } from '../../../src/repositories/intake.repository.js';
import { loadDraftingContext } from '../../../src/repositories/drafting-context.repository.js';
import { saveMachineDraft, type MachineDraft } from '../../../src/repositories/machine-draft.repository.js';
import type { ParsedColumns } from '../../../src/repositories/parsed-row.js';
import {
  openConsultWithDraft,
  threadMessage,
  type NewConsult,
} from '../../../src/repositories/threading.repository.js';
import { quarantineMessage } from '../../../src/repositories/quarantine.repository.js';
import type { QueryCase } from '../../helpers/recording-db.js';

const columns: ParsedColumns = {
  fromAddress: 'dana@clinic.example',
  fromName: 'Dana',
  subject: 'Modifier 25 with 20610?',
  inReplyTo: null,
  references: [],
  textBody: 'Can we bill 99213-25 with 20610 on the same day?',
  questionText: 'Can we bill 99213-25 with 20610 on the same day?',
  htmlBody: null,
  attachments: [],
  phiFlags: [],
  sentAt: null,
  senderAuth: { verdict: 'none', detail: '', authservId: null, dmarc: null, spf: null, dkim: null },
  triedToJoinConsultId: null,
  intakeNotes: [],
};
const consult: NewConsult = {
  token: 'CD-ABCDEF',
  askerAddress: 'dana@clinic.example',
  askerName: 'Dana',
  subject: 'Modifier 25 with 20610?',
};
const machine: MachineDraft = {
  kind: 'answer',
  subject: 'Re: x',
  text: 't',
  html: 'h',
  findings: {},
  flags: [],
};
const source = (uid: string) => ({
  mailboxId: 1,
  uidValidity: '1700000001',
  uid,
  messageId: `<${uid}@clinic.example>`,
  raw: Buffer.from('Subject: x\r\n\r\nbody'),
});

export const pipelineCases: QueryCase[] = [
  { name: 'intakeSources(db, [two sources])', run: (db) => intakeSources(db, [source('41'), source('42')]) },
  {
    name: "beginIngestAttempt(db, { mailboxId: 1, uidValidity: '1700000001', uid: '42' }, 26214400)",
    run: (db) => beginIngestAttempt(db, { mailboxId: 1, uidValidity: '1700000001', uid: '42' }, 26214400),
  },
  {
    name: "findConsultForThread(db, { token: 'CD-ABCDEF', parentIds: [two ids] }), the token not found",
    run: (db) => findConsultForThread(db, { token: 'CD-ABCDEF', parentIds: ['<a@x>', '<b@x>'] }),
  },
  {
    name: "hasWrittenIn(db, '7', 'dana@clinic.example')",
    run: (db) => hasWrittenIn(db, '7', 'dana@clinic.example'),
  },
  {
    name: "threadMessage(db, '42', { kind: 'existing', consultId: '7' }, columns)",
    run: (db) => threadMessage(db, '42', { kind: 'existing', consultId: '7' }, columns),
  },
  {
    name: "threadMessage(db, '42', { kind: 'new', ...consult }, columns)",
    run: (db) => threadMessage(db, '42', { kind: 'new', ...consult }, columns),
  },
  {
    name: "openConsultWithDraft(db, '42', consult, columns, machine)",
    run: (db) => openConsultWithDraft(db, '42', consult, columns, machine),
  },
  { name: "loadDraftingContext(db, '42')", run: (db) => loadDraftingContext(db, '42') },
  {
    name: "saveMachineDraft(db, { inboundId: '42', consultId: '7' }, machine, null)",
    run: (db) => saveMachineDraft(db, { inboundId: '42', consultId: '7' }, machine, null),
  },
  {
    name: "quarantineMessage(trx, { inboundId: '42', consult: new, columns }), from the pipeline",
    rows: [{ id: '7' }],
    run: (db) =>
      db.transaction().execute((trx) =>
        quarantineMessage(trx, {
          inboundId: '42',
          actor: 'pipeline',
          reason: 'unknown sender: not on the allowed list',
          consult: { askerAddress: 'x@y.example', askerName: null, subject: 'Hello' },
          message: INBOUND.quarantine,
          ingest: { parsed: columns },
        }),
      ),
  },
];
