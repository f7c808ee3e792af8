// Counters of attempts per key in fixed windows (a window starts at the key's first attempt). Redis
// keeps them for every web node; PostgreSQL takes over while Redis cannot answer, so a limit never
// lapses because a server is down.

export interface AttemptWindow {
  count: number;
  resetAt: Date;
}

export interface AttemptCounter {
  /** Counts one attempt under `key` and returns the window's count, this attempt included. */
  hit(key: string, windowMs: number): Promise<AttemptWindow>;
  /** The current window's count, without counting an attempt; null when there is none. */
  peek(key: string): Promise<AttemptWindow | null>;
  clear(key: string): Promise<void>;
}

/** Asks `primary`; when it fails, `fallback` answers (and `onFallback` hears why). */
export function withFallback(
  primary: AttemptCounter,
  fallback: AttemptCounter,
  onFallback: (err: unknown) => void,
): AttemptCounter {
  const either =
    <A extends unknown[], R>(op: (c: AttemptCounter, ...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await op(primary, ...args);
      } catch (err) {
        onFallback(err);
        return op(fallback, ...args);
      }
    };
  return {
    hit: either((c, key: string, windowMs: number) => c.hit(key, windowMs)),
    peek: either((c, key: string) => c.peek(key)),
    clear: either((c, key: string) => c.clear(key)),
  };
}
