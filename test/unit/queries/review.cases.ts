// The desk: the session or token behind each request, the consult list, a consult's page, and the
// claim and decision a reply starts from.
import { CONSULT } from '../../../src/lifecycle/transitions.js';
import { auditOfConsult } from '../../../src/repositories/audit.repository.js';
import { claim, transition } from '../../../src/review/repositories/claim.repository.js';
import {
  countByState,
  duplicatesOfConsult,
  findConsult,
  messagesOfConsult,
} from '../../../src/review/repositories/consult-view.repository.js';
import { listConsults } from '../../../src/review/repositories/consult-list.repository.js';
import { latestDraft } from '../../../src/review/repositories/draft.repository.js';
import { findReviewer } from '../../../src/review/repositories/reviewer.repository.js';
import { findLiveSession } from '../../../src/review/repositories/session.repository.js';
import { findLiveToken } from '../../../src/review/repositories/token.repository.js';
import {
  failedSendsOf,
  listUnacknowledgedFailures,
} from '../../../src/sending/repositories/send-alerts.repository.js';
import type { QueryCase } from '../../helpers/recording-db.js';

const every = {
  state: 'awaiting_review' as const,
  asker: 'dana',
  code: '20610',
  text: 'knee',
  updatedSince: new Date(0),
};
const after = { order: 'updated' as const, key: '2025-03-01T00:00:00.000000Z', id: '7' };

export const reviewCases: QueryCase[] = [
  { name: 'findLiveSession(db, idHash): each desk request', run: (db) => findLiveSession(db, 'h') },
  { name: 'findLiveToken(db, tokenHash): each API request', run: (db) => findLiveToken(db, 'h') },
  {
    name: "listConsults(db, {}, { order: 'waiting', limit: 50 }): the desk's first page",
    run: (db) => listConsults(db, {}, { order: 'waiting', limit: 50 }),
  },
  {
    name: "listConsults(db, { state, asker, code, text, updatedSince }, { order: 'updated', after, limit: 50 })",
    run: (db) => listConsults(db, every, { order: 'updated', after, limit: 50 }),
  },
  { name: 'countByState(db)', run: (db) => countByState(db) },
  { name: 'listUnacknowledgedFailures(db)', run: (db) => listUnacknowledgedFailures(db) },
  { name: "findConsult(db, '7')", run: (db) => findConsult(db, '7') },
  { name: "messagesOfConsult(db, '7')", run: (db) => messagesOfConsult(db, '7') },
  { name: "latestDraft(db, '7')", run: (db) => latestDraft(db, '7') },
  { name: "auditOfConsult(db, '7')", run: (db) => auditOfConsult(db, '7') },
  { name: "failedSendsOf(db, '7')", run: (db) => failedSendsOf(db, '7') },
  { name: 'findReviewer(db, 3)', run: (db) => findReviewer(db, 3) },
  { name: "duplicatesOfConsult(db, '7')", run: (db) => duplicatesOfConsult(db, '7') },
  { name: "claim(db, '7', 3, 30)", run: (db) => claim(db, '7', 3, 30) },
  {
    name: "transition(db, '7', CONSULT.approve, { reviewerId: 3, ttlMinutes: 30 })",
    run: (db) => transition(db, '7', CONSULT.approve, { reviewerId: 3, ttlMinutes: 30 }),
  },
];
