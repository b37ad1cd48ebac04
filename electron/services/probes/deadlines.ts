/**
 * One timer for every attempt of a run, instead of a timer per socket: deadlines are kept in
 * due order and one sweep fires all that are due. A deadline that is cancelled is only marked;
 * when no deadline is live any more the timer goes, so a finished run keeps nothing waiting.
 */
export interface Deadline {
  readonly due: number;
  fn: (() => void) | undefined;
}

export interface Deadlines {
  /** Call fn after ms (once the I/O already waiting is handled: see afterPendingIo). */
  after(ms: number, fn: () => void): Deadline;
  cancel(deadline: Deadline): void;
}

/**
 * Run fn once the I/O that is already waiting has been handled. A timer can fire before the
 * event loop reads a reset that arrived in time (a busy loop); checking twice after the poll
 * phase keeps a late timer from turning "refused" into "filtered".
 */
export function afterPendingIo(fn: () => void): void {
  setImmediate(() => setImmediate(fn));
}

export function createDeadlines(): Deadlines {
  // Sorted by due time; deadlines of one run mostly share a duration, so most go at the end.
  const queue: Deadline[] = [];
  let live = 0;
  let timer: NodeJS.Timeout | undefined;
  let armedFor = Infinity;

  const arm = () => {
    while (queue.length > 0 && queue[0]!.fn === undefined) queue.shift();
    const first = queue[0];
    if (!first) {
      if (timer) clearTimeout(timer);
      timer = undefined;
      armedFor = Infinity;
      return;
    }
    if (timer && armedFor <= first.due) return;
    if (timer) clearTimeout(timer);
    armedFor = first.due;
    timer = setTimeout(sweep, Math.max(0, Math.ceil(first.due - performance.now())));
  };

  function sweep(): void {
    timer = undefined;
    armedFor = Infinity;
    const now = performance.now();
    const due: Array<() => void> = [];
    // Never early: a timer that fires a fraction too soon is simply armed again for the rest.
    while (queue.length > 0 && queue[0]!.due <= now) {
      const deadline = queue.shift()!;
      if (deadline.fn) due.push(deadline.fn);
      deadline.fn = undefined;
    }
    live -= due.length;
    if (due.length > 0) afterPendingIo(() => due.forEach((fn) => fn()));
    arm();
  }

  return {
    after(ms, fn) {
      const deadline: Deadline = { due: performance.now() + ms, fn };
      let at = queue.length;
      while (at > 0 && queue[at - 1]!.due > deadline.due) at--;
      queue.splice(at, 0, deadline);
      live++;
      arm();
      return deadline;
    },
    cancel(deadline) {
      if (!deadline.fn) return;
      deadline.fn = undefined;
      if (--live === 0) {
        queue.length = 0;
        arm();
      }
    },
  };
}
