import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from './errors';

/** How many GraphQL requests are worked on at once, and how many may wait (README, "Security and reliability"). */
export interface AdmissionLimits {
  /** Requests past body parsing at once; the rest wait, unread, in arrival order. */
  concurrent: number;
  /** Requests that may wait; one more is answered 503 SERVICE_UNAVAILABLE at once. */
  queued: number;
}

export interface Admission {
  (req: Request, res: Response, next: NextFunction): void;
  /** Requests being worked on, and waiting. */
  readonly stats: { active: number; queued: number };
}

/**
 * Admission control: the first middleware of /graphql. Every request being worked on waits for
 * one of the database pool's few connections; let hundreds in at once (a burst, or a backlog
 * after a pause) and each holds its parsed body, context and pending statements while it waits,
 * the young generation fills, garbage collection takes a tenth of the CPU, fewer requests
 * finish per second and the backlog grows instead of draining — measured in the benchmark's
 * open-loop phase. Waiting here, before the body is read, costs almost nothing, and the server
 * keeps answering at its full rate. A waiting request whose client goes away is dropped.
 */
export function admission(limits: AdmissionLimits): Admission {
  const stats = { active: 0, queued: 0 };
  const waiting: Array<{ start: () => void; waiting: boolean }> = [];

  const release = () => {
    stats.active--;
    for (let next = waiting.shift(); next; next = waiting.shift()) {
      if (!next.waiting) continue;
      next.waiting = false;
      stats.queued--;
      next.start();
      return;
    }
  };

  const middleware = ((_req: Request, res: Response, next: NextFunction) => {
    const start = () => {
      stats.active++;
      // 'close' comes once the answer is sent or the connection is gone, whichever is first.
      res.once('close', release);
      next();
    };
    if (stats.active < limits.concurrent) return start();
    if (stats.queued >= limits.queued) {
      res
        .status(503)
        .set('retry-after', '1')
        .json({ errors: [{ message: 'The server is busy; nothing was done. Try again shortly.', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }] });
      return;
    }
    const entry = { start, waiting: true };
    waiting.push(entry);
    stats.queued++;
    // The client went away before its turn: give the place up.
    res.once('close', () => {
      if (!entry.waiting) return;
      entry.waiting = false;
      stats.queued--;
    });
  }) as Admission;
  Object.defineProperty(middleware, 'stats', { value: stats });
  return middleware;
}
