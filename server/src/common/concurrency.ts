/** A gate that lets at most `limit` tasks run at once; the rest wait their turn in arrival order. */
export interface ConcurrencyLimit {
  <T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running and waiting now, and the most that ran at once (since `peak` was last set: a caller may set it back to measure a span). */
  readonly stats: { running: number; waiting: number; peak: number };
}

export function concurrencyLimit(limit: number): ConcurrencyLimit {
  const stats = { running: 0, waiting: 0, peak: 0 };
  const turns: Array<() => void> = [];
  const gate = async <T>(task: () => Promise<T>): Promise<T> => {
    if (stats.running >= limit) {
      stats.waiting++;
      // A finishing task hands its place over as it is: `running` does not change.
      await new Promise<void>((resolve) => turns.push(resolve));
      stats.waiting--;
    } else {
      stats.running++;
      stats.peak = Math.max(stats.peak, stats.running);
    }
    try {
      return await task();
    } finally {
      const next = turns.shift();
      if (next) next();
      else stats.running--;
    }
  };
  return Object.defineProperty(gate, 'stats', { value: stats }) as ConcurrencyLimit;
}
