// Which sender processes are alive, as PostgreSQL sees it: each holds a session advisory lock on its
// own random id for as long as it runs, and writes that id on every row it claims. The server drops
// the lock with the connection when the process dies (SIGKILL included), so a claim whose lock can
// be taken belongs to a dead sender: its row can be settled at once, not after a timeout.
import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { pingDatabase } from '../repositories/health.repository.js';
import { releaseSenderLock, takeSenderLock } from './repositories/sender-lock.repository.js';

/** `claimed_by` of a claim its sender gave up to be settled by its copy: no process has id 0. */
export const RELEASED_CLAIM = 0;
const CHECK_EVERY_MS = 5_000;

export class SenderPresence {
  /** Written as `outbox.claimed_by`; random, so a restart never inherits a dead process's claims. */
  readonly id = randomInt(1, 2 ** 31 - 1);
  private stopped = false;
  private held: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly logger: Logger,
  ) {}

  /** Resolves once the lock is held; it is then kept (and taken again after a lost connection). */
  async start(): Promise<void> {
    let ready!: () => void;
    const acquired = new Promise<void>((resolve) => (ready = resolve));
    this.held = this.hold(ready);
    await acquired;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.held;
  }

  private async hold(ready: () => void): Promise<void> {
    while (!this.stopped) {
      try {
        await this.db.connection().execute(async (conn) => {
          await takeSenderLock(conn, this.id);
          ready();
          // A query now and then notices a lost connection (and with it the lock) and takes it again.
          while (!this.stopped) {
            await this.pause(CHECK_EVERY_MS);
            await pingDatabase(conn);
          }
          await releaseSenderLock(conn, this.id);
        });
      } catch (err) {
        // Until it is held again, this process's claims look abandoned; the hand-over check in
        // send.job.ts keeps such a claim from being sent after someone else settled it.
        this.logger.warn({ err: String(err) }, 'sender presence lost; taking it again');
        await this.pause(1_000);
      }
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => (clearTimeout(timer), resolve());
    });
  }
}
