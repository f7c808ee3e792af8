/** The wait before retry n (1-based): BullMQ's exponential backoff, so the database's next_attempt_at
 * and the job's delayed retry agree. */
export const backoffMs = (baseMs: number, attempt: number): number =>
  Math.round(baseMs * 2 ** Math.max(0, attempt - 1));

/** BullMQ options for send jobs: one job attempt per allowed send attempt, the same backoff. */
export const sendJobOptions = (sending: { maxAttempts: number; retryDelayMs: number }) => ({
  attempts: sending.maxAttempts,
  backoff: { type: 'exponential' as const, delay: sending.retryDelayMs },
});
