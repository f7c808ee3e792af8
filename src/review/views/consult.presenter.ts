// Shapes the consult page: the question with each mention highlighted, the sanitized HTML body as an
// iframe document, attachments with readable sizes, the findings beside it, the draft and the claim.
import type { Findings, Mention } from '../../coding/types.js';
import type { PhiFlag } from '../../db/schema/core.js';
import { segmentText } from '../core/highlight.js';
import { inboundDocument } from '../core/inbound-html.js';
import type { SenderAuth } from '../../mail/sender-auth.js';
import type { ConsultView } from '../services/consult-view.service.js';
import { STATE_LABELS } from './queue.presenter.js';

export function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const AUTH_LOOK = {
  pass: { label: 'verified', cls: 'status-valid' },
  fail: { label: 'failed', cls: 'status-deleted' },
  none: { label: 'not verified', cls: 'warning-text' },
} as const;

/** The receiving server's verdict on the sender, as the page shows it beside each message. */
export function presentSenderAuth(auth: SenderAuth | null) {
  return auth ? { ...AUTH_LOOK[auth.verdict], detail: auth.detail } : null;
}

const PHI_PLACES = { subject: ' (subject)', attachment: " (an attachment's name)", body: '', html: '' };
const phiLabel = (f: PhiFlag) => `${f.kind}${f.part ? PHI_PLACES[f.part] : ''}`;

const mentionLabel = (m: Mention) =>
  `${m.kind}${m.code ? ` ${m.code}` : ''}${m.matchedFrom === 'words' ? ' (read from these words)' : ''}`;

/** The marks of the question: a code read from words spans its description, so it gives way to the
 *  codes and modifiers written inside it. */
function marked(mentions: readonly Mention[]): Mention[] {
  const written = mentions.filter((m) => m.matchedFrom !== 'words');
  const read = mentions.filter(
    (m) => m.matchedFrom === 'words' && !written.some((w) => w.start < m.end && m.start < w.end),
  );
  return [...written, ...read];
}

function presentFindings(f: Partial<Findings> | null) {
  if (!f) return null;
  return {
    dateOfService: f.dateOfService ?? null,
    setting: f.setting ?? null,
    questionTypes: (f.questionTypes ?? []).join(', '),
    codes: (f.codes ?? []).map((c) => ({
      code: c.code,
      system: c.system,
      status: c.status,
      descriptor: c.descriptor,
      edition: c.edition,
    })),
    pairs: (f.pairs ?? []).map((p) => ({
      pair: `${p.column1} / ${p.column2}`,
      indicator: p.modifierIndicator,
      meaning: p.meaning,
      active: p.active,
    })),
    units: (f.units ?? []).map((u) => ({ code: u.code, units: u.units, mue: u.mue, exceeds: u.exceeds })),
    advice: (f.advice ?? []).map((a) => ({ severity: a.severity, message: a.message })),
    editions: (f.editions ?? []).map((e) => e.label),
    guidance: (f.guidance ?? []).map((g) => ({
      citation: `${g.edition}, ${g.section}`,
      title: g.title,
      text: g.text.length > 700 ? `${g.text.slice(0, 700).replace(/\s+\S*$/, '')} …` : g.text,
    })),
    mentionCount: (f.mentions ?? []).length,
  };
}

export function presentConsult(v: ConsultView, me: number | null) {
  // Findings stored before a field existed lack it: read every field as optional.
  const findings: Partial<Findings> | null = v.draft?.findings ?? null;
  // Body mentions' offsets point into the question text of the message the draft answers (the last one if
  // unknown); subject mentions point into the consult's subject, which is shown unmarked.
  const mentions = marked((findings?.mentions ?? []).filter((m) => m.part !== 'subject'));
  const anchorId = v.draft?.basedOnMessageId ?? v.messages.at(-1)?.id ?? null;
  const messages = v.messages.map((m) => {
    const question = m.questionText ?? m.text ?? '';
    const spans =
      m.id === anchorId && m.questionText
        ? mentions.map((x) => ({ start: x.start, end: x.end, label: mentionLabel(x) }))
        : [];
    return {
      id: m.id,
      from: m.fromName ? `${m.fromName} <${m.from ?? ''}>` : (m.from ?? '(unknown sender)'),
      subject: m.subject ?? '(no subject)',
      receivedAt: m.receivedAt,
      segments: segmentText(question, spans),
      fullText: m.text && m.text !== question ? m.text : null,
      htmlDoc: m.html ? inboundDocument(m.html) : null,
      attachments: m.attachments.map((a) => ({
        name: a.filename ?? '(unnamed)',
        type: a.contentType,
        size: humanSize(a.size),
      })),
      phiKinds: [...new Set(m.phiFlags.map(phiLabel))].join(', '),
      screenReason: m.screenReason,
      auth: presentSenderAuth(m.senderAuth),
      triedToJoin: m.triedToJoin,
      notes: m.notes,
      duplicates: m.duplicates.map((d) => ({
        receivedAt: d.receivedAt,
        note: d.identical ? 'the same bytes' : `different bytes, ${humanSize(d.size)}`,
      })),
      isAnchor: m.id === anchorId,
    };
  });
  const c = v.consult;
  const claim = c.claimLive ? (c.claimedBy === me ? 'mine' : 'other') : 'none';
  return {
    consult: {
      ...c,
      stateLabel: STATE_LABELS[c.state],
      awaiting: c.state === 'awaiting_review',
      quarantined: c.state === 'quarantined',
    },
    question: messages.find((m) => m.isAnchor) ?? null,
    earlier: messages.filter((m) => !m.isAnchor).reverse(),
    findings: presentFindings(findings),
    draft: v.draft
      ? {
          ...v.draft,
          flags: (v.draft.flags as { message?: string; severity?: string }[]).map((f) => ({
            message: f.message ?? String(f),
            severity: f.severity ?? 'info',
          })),
        }
      : null,
    claim: {
      mine: claim === 'mine',
      other: claim === 'other',
      none: claim === 'none',
      holder: c.claimedByName,
    },
    failedSends: v.failedSends.map((f) => ({
      what:
        f.kind === 'reply'
          ? 'The reply'
          : f.kind === 'rejection'
            ? 'The rejection notice'
            : 'The request for information',
      attempts: f.attempts,
      failedAt: f.failedAt,
      error: f.lastError ?? 'no reply from the server',
      checked: f.acknowledged_at !== null,
    })),
    unchecked: v.failedSends.some((f) => f.acknowledged_at === null),
    audit: v.audit.map((a) => ({
      at: a.at,
      who: a.reviewerName ?? a.actor,
      action: a.action,
      version: a.draft_version,
    })),
  };
}
