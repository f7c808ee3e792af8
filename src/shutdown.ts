// Ordered graceful shutdown (outline's ShutdownHelper): stop intake first, then workers, then
// connections; a timer forces the exit if something hangs. The grace (SHUTDOWN_GRACE_MS) must outlast
// an SMTP transaction: a send cut off after its last byte ends as "outcome unknown" for a person to check.
import type { Logger } from './logger.js';

type Step = { name: string; order: number; run: () => Promise<unknown> };

export const ShutdownOrder = { intake: 0, workers: 1, web: 2, connections: 3 } as const;

export class Shutdown {
  private steps: Step[] = [];
  private running: Promise<void> | null = null;

  constructor(
    private readonly logger: Logger,
    private readonly graceMs = 150_000,
  ) {}

  add(name: string, order: number, run: () => Promise<unknown>): void {
    this.steps.push({ name, order, run });
  }

  listen(): void {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        this.logger.info({ signal, graceMs: this.graceMs }, 'shutting down');
        const force = setTimeout(() => {
          this.logger.error({ graceMs: this.graceMs }, 'shutdown grace spent; forcing exit');
          process.exit(1);
        }, this.graceMs);
        force.unref();
        void this.run().then(() => process.exit(0));
      });
    }
  }

  run(): Promise<void> {
    this.running ??= this.execute();
    return this.running;
  }

  private async execute(): Promise<void> {
    const orders = [...new Set(this.steps.map((s) => s.order))].sort((a, b) => a - b);
    for (const order of orders) {
      await Promise.all(
        this.steps
          .filter((s) => s.order === order)
          .map((s) =>
            s
              .run()
              .catch((err: unknown) =>
                this.logger.warn({ step: s.name, err: String(err) }, 'shutdown step failed'),
              ),
          ),
      );
    }
  }
}
