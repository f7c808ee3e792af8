// CodeDesk reference-data page: uploads a release's files one request each (raw body, with upload
// progress), shows what each was recognised as, starts the import and follows its progress.
// Served same-origin under a CSP of script-src 'self'.
/* global XMLHttpRequest */
(function () {
  'use strict';
  const form = document.getElementById('rd-upload');
  if (!form) return;
  const csrf = form.dataset.csrf;
  const input = document.getElementById('rd-files');
  const status = document.getElementById('rd-status');
  const uploaded = document.getElementById('rd-uploaded');
  const loading = document.getElementById('rd-loading');

  const cell = (row, text) => {
    const td = document.createElement('td');
    td.textContent = text;
    row.appendChild(td);
    return td;
  };
  const bar = (label) => {
    const p = document.createElement('progress');
    p.max = 100;
    p.value = 0;
    p.setAttribute('aria-label', label);
    return p;
  };
  const recognised = (f) =>
    f.entries && f.entries.length
      ? `zip: ${f.entries.filter((e) => e.edition).map((e) => e.edition).join('; ') || 'nothing CodeDesk reads'}`
      : f.edition || `not loaded: ${f.note}`;

  async function call(method, url) {
    const res = await fetch(url, { method, headers: { 'x-csrf-token': csrf }, credentials: 'same-origin' });
    const body = await res.json();
    if (!res.ok) throw new Error(body.message || body.error || `HTTP ${res.status}`);
    return body;
  }

  function upload(id, file, progress) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('PUT', `/admin/refdata/uploads/${id}/files?name=${encodeURIComponent(file.name)}`);
      xhr.setRequestHeader('content-type', 'application/octet-stream');
      xhr.setRequestHeader('x-csrf-token', csrf);
      xhr.upload.addEventListener('progress', (e) => {
        if (e.lengthComputable) progress.value = Math.round((e.loaded / e.total) * 100);
      });
      xhr.addEventListener('load', () => {
        const body = JSON.parse(xhr.responseText || '{}');
        if (xhr.status >= 200 && xhr.status < 300) resolve(body);
        else reject(new Error(body.message || `HTTP ${xhr.status}`));
      });
      xhr.addEventListener('error', () => reject(new Error('the upload failed')));
      xhr.send(file);
    });
  }

  function showEditions(job) {
    const body = loading.querySelector('tbody');
    body.replaceChildren();
    for (const e of job.editions) {
      const row = document.createElement('tr');
      row.dataset.status = e.status;
      cell(row, e.label);
      cell(row, e.dataset);
      cell(row, e.effectiveFrom);
      cell(row, '').appendChild(bar(`Loading ${e.label}`)).value = e.percent;
      cell(
        row,
        e.status === 'refused'
          ? `Refused: ${e.error}`
          : e.status === 'loaded'
            ? `Loaded ${e.rows} rows in ${e.seconds.toFixed(1)} s`
            : e.status === 'unchanged'
              ? `Already loaded (${e.rows} rows)`
              : e.status === 'loading'
                ? `Loading… ${e.rows} rows`
                : 'Waiting',
      );
      body.appendChild(row);
    }
    loading.hidden = job.editions.length === 0;
  }

  async function follow(id) {
    for (;;) {
      const job = await call('GET', `/admin/refdata/uploads/${id}`);
      showEditions(job);
      if (job.state === 'done') {
        const refused = job.editions.filter((e) => e.status === 'refused').length + job.refused.length;
        status.textContent = job.error
          ? `The import stopped: ${job.error}`
          : `Import finished: ${job.editions.length - refused} loaded or already there, ${refused} refused. Reload the page for the editions table.`;
        return;
      }
      await new Promise((r) => setTimeout(r, 400));
    }
  }

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const files = Array.from(input.files || []);
    if (!files.length) {
      status.textContent = 'Choose the release files first.';
      return;
    }
    form.querySelector('button').disabled = true;
    try {
      status.textContent = 'Uploading…';
      const { id } = await call('POST', '/admin/refdata/uploads');
      const body = uploaded.querySelector('tbody');
      body.replaceChildren();
      uploaded.hidden = false;
      for (const file of files) {
        const row = document.createElement('tr');
        cell(row, file.name);
        const what = cell(row, '…');
        const from = cell(row, '');
        const progress = bar(`Uploading ${file.name}`);
        cell(row, '').appendChild(progress);
        body.appendChild(row);
        const f = await upload(id, file, progress);
        progress.value = 100;
        what.textContent = recognised(f);
        from.textContent = f.effectiveFrom || '';
      }
      status.textContent = 'Importing…';
      showEditions(await call('POST', `/admin/refdata/uploads/${id}/import`));
      await follow(id);
    } catch (err) {
      status.textContent = `Stopped: ${err.message}`;
    } finally {
      form.querySelector('button').disabled = false;
    }
  });
})();
