// "Re: <subject> [<token>]": the token lets a follow-up mail find its consult even when headers are lost.

const RE_PREFIX = /^\s*(re|aw|sv)\s*:\s*/i;

export function replySubject(subject: string, token: string): string {
  let base = subject.trim();
  // Strip any stack of reply prefixes ("Re: RE: Aw:") so exactly one "Re:" leads.
  while (RE_PREFIX.test(base)) base = base.replace(RE_PREFIX, '');
  const tag = `[${token}]`;
  base = base.split(tag).join(' ').replace(/\s+/g, ' ').trim();
  const head = base.length > 0 ? `Re: ${base}` : 'Re: your coding question';
  return `${head} ${tag}`;
}
