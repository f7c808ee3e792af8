// Import progress on stderr: a redrawn bar with rows/s on a terminal, a plain line every few seconds
// otherwise (logs, CI). Silent when no stream is given (tests, bench, `npm start`).
export interface Progress {
  rows(n: number): void;
  bytes(n: number): void;
  done(): void;
}

export const silentProgress: Progress = { rows() {}, bytes() {}, done() {} };

export function streamProgress(
  label: string,
  totalBytes: number,
  out: NodeJS.WriteStream = process.stderr,
): Progress {
  const started = Date.now();
  let rows = 0;
  let bytes = 0;
  let lastDraw = 0;
  const rate = () => Math.round(rows / Math.max((Date.now() - started) / 1000, 0.001));
  const draw = (final: boolean) => {
    const now = Date.now();
    if (!final && now - lastDraw < (out.isTTY ? 100 : 5000)) return;
    lastDraw = now;
    const pct = totalBytes ? Math.min(1, bytes / totalBytes) : 0;
    if (out.isTTY) {
      const bar = '#'.repeat(Math.round(pct * 30)).padEnd(30, '-');
      out.write(
        `\r${label} [${bar}] ${Math.round(pct * 100)}% ${rows} rows ${rate()} rows/s${final ? '\n' : ''}`,
      );
    } else {
      out.write(
        `${label}: ${rows} rows, ${Math.round(pct * 100)}%, ${rate()} rows/s${final ? ' (done)' : ''}\n`,
      );
    }
  };
  return {
    rows(n) {
      rows += n;
      draw(false);
    },
    bytes(n) {
      bytes += n;
    },
    done() {
      bytes = totalBytes;
      draw(true);
    },
  };
}
