// Releases uploaded on the desk's reference-data page: each upload is a folder of files, recognised
// by name as they arrive (zip entries too), then imported as a release in the background while the
// page polls for progress. Jobs live in the web process that took the upload (one desk node, or a
// sticky balancer); at most one imports at a time, and the last few are kept for the page.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { datasetSpec } from '../datasets.js';
import { recognise } from '../official/recognise.js';
import { importRelease, type EditionOutcome, type ReleaseReport } from '../official/release.service.js';
import { readZipDirectory } from '../official/zip-reader.js';
import type { Progress } from '../progress.js';

export const MAX_UPLOAD_BYTES = 1 << 30;
const KEPT_JOBS = 5;

/** What a file (or a zip entry) was recognised as, for the page. */
export interface FileView {
  name: string;
  dataset: string | null;
  edition: string | null;
  effectiveFrom: string | null;
  /** Why it will not load (passed over, unknown). */
  note: string | null;
}

export interface EditionView extends Omit<EditionOutcome, 'result'> {
  status: 'waiting' | 'loading' | 'loaded' | 'unchanged' | 'refused';
  rows: number;
  seconds: number | null;
  /** 0-100 while loading. */
  percent: number;
}

export interface UploadJob {
  id: string;
  dir: string;
  state: 'collecting' | 'importing' | 'done';
  files: (FileView & { size: number; entries: FileView[] })[];
  editions: EditionView[];
  passedOver: ReleaseReport['passedOver'];
  refused: ReleaseReport['refused'];
  unrecognised: string[];
  error: string | null;
}

export function describeName(name: string): FileView {
  const r = recognise(name);
  if (r.kind !== 'layout')
    return {
      name,
      dataset: null,
      edition: null,
      effectiveFrom: null,
      note: r.kind === 'skip' ? r.reason : 'not a release file CodeDesk reads',
    };
  const { dataset, version, effectiveFrom } = r.identity;
  return { name, dataset, edition: `${datasetSpec(dataset).title} ${version}`, effectiveFrom, note: null };
}

const SAFE_NAME = /^[\w.() -]{1,200}$/;

/** Counts bytes on the way and stops past the limit. */
const limited = (max: number) => {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      done(
        seen > max ? new AppError('REFDATA.TOO_LARGE', `a file may hold at most ${max} bytes`, 413) : null,
        chunk,
      );
    },
  });
};

export class UploadJobs {
  private readonly jobs = new Map<string, UploadJob>();
  private importing = false;

  constructor(private readonly db: Kysely<Database>) {}

  async create(): Promise<UploadJob> {
    const job: UploadJob = {
      id: randomUUID(),
      dir: await mkdtemp(join(tmpdir(), 'codedesk-upload-')),
      state: 'collecting',
      files: [],
      editions: [],
      passedOver: [],
      refused: [],
      unrecognised: [],
      error: null,
    };
    this.jobs.set(job.id, job);
    for (const old of [...this.jobs.values()].slice(0, -KEPT_JOBS))
      if (old.state !== 'importing') this.forget(old);
    return job;
  }

  get(id: string): UploadJob {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('REFDATA.NO_UPLOAD', 'no such upload (uploads are kept a short while)', 404);
    return job;
  }

  /** Saves one uploaded file and says what it (or each file of a zip) was recognised as. */
  async addFile(id: string, name: string, body: Readable): Promise<UploadJob['files'][number]> {
    const job = this.get(id);
    if (job.state !== 'collecting')
      throw new AppError('REFDATA.UPLOAD_CLOSED', 'this upload is already importing', 409);
    if (!SAFE_NAME.test(name) || name.startsWith('.'))
      throw new AppError('REFDATA.BAD_NAME', `not a file name CodeDesk accepts: "${name}"`, 400);
    const path = join(job.dir, name);
    const counter = limited(MAX_UPLOAD_BYTES);
    let size = 0;
    counter.on('data', (c: Buffer) => (size += c.length));
    await pipeline(body, counter, createWriteStream(path));
    const entries = /\.zip$/i.test(name)
      ? (await readZipDirectory(path)).map((e) => describeName(e.name.split('/').pop()!))
      : [];
    const view = { ...describeName(name), size, entries };
    if (entries.length) view.note = null;
    job.files = [...job.files.filter((f) => f.name !== name), view];
    return view;
  }

  /** Starts importing the upload's files as one release; the page polls `get`. */
  start(id: string): UploadJob {
    const job = this.get(id);
    if (job.state !== 'collecting')
      throw new AppError('REFDATA.UPLOAD_CLOSED', 'this upload is already importing', 409);
    if (this.importing)
      throw new AppError('REFDATA.BUSY', 'another release is being imported; try again when it is done', 409);
    if (!job.files.length) throw new AppError('REFDATA.NO_FILES', 'no file was uploaded', 400);
    this.importing = true;
    job.state = 'importing';
    void this.run(job).finally(() => {
      this.importing = false;
      job.state = 'done';
      void rm(job.dir, { recursive: true, force: true });
    });
    return job;
  }

  private async run(job: UploadJob): Promise<void> {
    const progress = (label: string, totalBytes: number): Progress => {
      const view = job.editions.find((e) => e.label === label && e.status === 'loading');
      let bytes = 0;
      return {
        rows: (n) => void (view && (view.rows += n)),
        bytes: (n) => {
          bytes += n;
          if (view && totalBytes) view.percent = Math.min(99, Math.floor((bytes / totalBytes) * 100));
        },
        done: () => void (view && (view.percent = 100)),
      };
    };
    try {
      await importRelease(this.db, [job.dir], {
        progress,
        onPlan: (plan) => {
          // Files are named as uploaded, without the upload's scratch folder.
          const shown = (f: string) => f.replace(`${job.dir}/`, '');
          job.editions = plan.editions.map((e) => ({
            ...e,
            files: e.files.map(shown),
            status: 'waiting',
            rows: 0,
            seconds: null,
            percent: 0,
          }));
          job.passedOver = plan.passedOver.map((p) => ({ ...p, file: shown(p.file) }));
          job.refused = plan.refused.map((p) => ({ ...p, file: shown(p.file) }));
          job.unrecognised = plan.unrecognised.map(shown);
          if (job.editions[0]) job.editions[0].status = 'loading';
        },
        onEdition: (outcome) => {
          const i = job.editions.findIndex((e) => e.status === 'loading');
          const view = job.editions[i];
          if (!view) return;
          view.status = outcome.error ? 'refused' : outcome.result!.status;
          view.error = outcome.error;
          view.rows = outcome.result?.rows ?? 0;
          view.seconds = outcome.result?.seconds ?? null;
          view.percent = outcome.error ? view.percent : 100;
          if (job.editions[i + 1]) job.editions[i + 1]!.status = 'loading';
        },
      });
    } catch (err) {
      job.error = err instanceof Error ? err.message : String(err);
    }
  }

  private forget(job: UploadJob): void {
    this.jobs.delete(job.id);
    void rm(job.dir, { recursive: true, force: true });
  }
}
