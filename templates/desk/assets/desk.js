// CodeDesk desk: keyboard shortcuts (j/k/Enter/e/a/?) and the live preview of the draft's two parts.
// Served same-origin under a CSP of script-src 'self': no inline handlers anywhere.
(function () {
  'use strict';
  const typing = (el) =>
    el &&
    (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
  const help = document.getElementById('help');
  const showHelp = () => {
    if (help && !help.open) help.showModal();
  };
  document.querySelectorAll('[data-help]').forEach((b) => b.addEventListener('click', showHelp));

  // Queue: j/k move a visible selection; Enter or e opens the selected consult.
  const rows = Array.from(document.querySelectorAll('tr[data-row]'));
  let at = -1;
  function select(i) {
    if (!rows.length) return;
    at = Math.max(0, Math.min(rows.length - 1, i));
    rows.forEach((r, n) => {
      r.classList.toggle('selected', n === at);
      if (n === at) r.setAttribute('aria-selected', 'true');
      else r.removeAttribute('aria-selected');
    });
    const link = rows[at].querySelector('a');
    if (link) link.focus();
  }

  // Consult page: claim-then-edit, approve with a confirmation.
  const draftText = document.getElementById('draft-text');
  const draftHtml = document.getElementById('draft-html');
  const claimForm = document.getElementById('claim-form');
  const draftForm = document.getElementById('draft-form');

  document.addEventListener('keydown', (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || typing(ev.target)) return;
    if (ev.key === '?') {
      ev.preventDefault();
      showHelp();
      return;
    }
    if (ev.key === 'j') {
      ev.preventDefault();
      select(at + 1);
      return;
    }
    if (ev.key === 'k') {
      ev.preventDefault();
      select(at - 1);
      return;
    }
    if (ev.key === 'e') {
      ev.preventDefault();
      if (rows.length && at >= 0) {
        window.location.href = rows[at].dataset.href + '#draft';
        return;
      }
      if (draftText) {
        draftText.focus();
        return;
      }
      if (claimForm) claimForm.submit();
      return;
    }
    if (ev.key === 'a' && draftForm) {
      ev.preventDefault();
      if (window.confirm('Approve this draft and send it to the asker?'))
        draftForm.requestSubmit(document.getElementById('approve'));
    }
  });
  if (rows.length && document.body.dataset.page === 'queue') select(0);
  // After load: the browser's own jump to #draft would otherwise move focus back to the document.
  if (draftText && window.location.hash === '#draft')
    window.addEventListener('load', () => draftText.focus());

  // Live preview: the text part as plain text, the HTML part in a sandboxed iframe (no scripts run there).
  const previewText = document.getElementById('preview-text');
  const previewHtml = document.getElementById('preview-html');
  let timer = 0;
  function refresh() {
    if (previewText && draftText) previewText.textContent = draftText.value;
    if (previewHtml && draftHtml) previewHtml.srcdoc = draftHtml.value;
  }
  [draftText, draftHtml].forEach(
    (el) =>
      el &&
      el.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(refresh, 150);
      }),
  );

  // Guidance beside the draft: "Insert citation" puts the paragraph's citation at the cursor of the
  // text part (at its end when it has no cursor), as a reviewer would type it.
  document.querySelectorAll('button.insert-citation').forEach((button) =>
    button.addEventListener('click', () => {
      if (!draftText) return;
      const cite = `(${button.dataset.citation})`;
      const at = typeof draftText.selectionStart === 'number' ? draftText.selectionStart : draftText.value.length;
      const before = draftText.value.slice(0, at);
      const spaced = before && !/\s$/.test(before) ? ` ${cite}` : cite;
      draftText.value = before + spaced + draftText.value.slice(draftText.selectionEnd ?? at);
      draftText.setSelectionRange(at + spaced.length, at + spaced.length);
      draftText.dispatchEvent(new Event('input'));
      draftText.focus();
    }),
  );
})();
