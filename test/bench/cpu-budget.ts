// Where a benchmark's CPU went, from /proc (Linux): this process, given child processes, PostgreSQL,
// Redis, Dovecot and the machine as a whole, in milliseconds of CPU per message. On two cores the sum
// is what bounds the rate, so it says which part to work on next.
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** CPU ticks so far of each process (by pid) and of the machine, with the group each belongs to. */
type Snapshot = Map<string, { group: string; ticks: number }>;

function groupOf(pid: string, name: string, self: string, children: Set<string>): string | null {
  if (pid === self) return 'benchProcess';
  if (children.has(pid)) return 'extraPipelines';
  if (name === 'postgres') return 'postgres';
  if (name === 'redis-server') return 'redis';
  if (
    [
      'dovecot',
      'imap',
      'lmtp',
      'auth',
      'imap-login',
      'indexer-worker',
      'anvil',
      'log',
      'stats',
      'config',
    ].includes(name)
  )
    return 'dovecot';
  return null;
}

export function cpuSnapshot(childPids: number[] = []): Snapshot {
  const children = new Set(childPids.map(String));
  const totals: Snapshot = new Map();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const group = groupOf(pid, name, String(process.pid), children);
    if (!group) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    totals.set(pid, { group, ticks: Number(fields[11]) + Number(fields[12]) }); // utime + stime
  }
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1).map(Number);
  // user nice system irq softirq steal
  totals.set('machine', {
    group: 'machine',
    ticks: cpu[0]! + cpu[1]! + cpu[2]! + cpu[5]! + cpu[6]! + cpu[7]!,
  });
  return totals;
}

/**
 * CPU milliseconds per message between two snapshots, by group. Counted per process: one that ended in
 * between is missed (its last ticks with it), where summing groups first would have taken its whole
 * lifetime off the group (a PostgreSQL backend of an earlier run closing mid-measurement).
 */
export function cpuPerMessage(before: Snapshot, after: Snapshot, messages: number): Record<string, number> {
  const ticks: Record<string, number> = {};
  for (const [key, now] of after)
    ticks[now.group] = (ticks[now.group] ?? 0) + now.ticks - (before.get(key)?.ticks ?? 0);
  return Object.fromEntries(
    Object.entries(ticks).map(([group, t]) => [group, Math.round(((t * TICK_MS) / messages) * 100) / 100]),
  );
}
