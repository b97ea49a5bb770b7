/**
 * Runs a job once per burst of triggers: a run starts `delay` ms after the
 * last trigger, never two at once, and triggers that arrive during a run make
 * one more run after it (again `delay` ms later), with everything added in
 * the meantime. Errors from `run` go to `onError`, never out of the timer.
 * `herald dev` has two: the rebuild (the changed paths are the items) and the
 * search index (no items, only triggers). Pure scheduling, no file system, so
 * it is tested on its own with fake timers.
 */
export class CoalescingQueue<T = never> {
  private pending = new Set<T>();
  /** A run is wanted: something was triggered since the last run started. */
  private due = false;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private closed = false;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly run: (items: Set<T>) => Promise<void>,
    private readonly options: { delay: number; onError: (error: unknown) => void },
  ) {}

  /** Adds an item for the next run, and triggers it. */
  add(item: T): void {
    if (this.closed) return;
    this.pending.add(item);
    this.trigger();
  }

  /** Asks for a run `delay` ms from now (from the end of the run under way, if there is one). */
  trigger(): void {
    if (this.closed) return;
    this.due = true;
    if (this.running) return; // picked up when the current run ends
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delay);
  }

  /** Resolves when no run is under way or waiting for its delay. */
  idle(): Promise<void> {
    if (!this.running && !this.timer) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** No more runs: drops what is waiting; resolves once the run under way, if any, has ended. */
  close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
    this.due = false;
    const idle = this.idle();
    this.settle();
    return idle;
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    if (this.closed || !this.due) return this.settle();
    const items = this.pending;
    this.pending = new Set();
    this.due = false;
    // A `run` that throws before its first await rejects here too, rather than out of the timer.
    this.running = new Promise<void>((resolve) => resolve(this.run(items))).catch(this.options.onError);
    try {
      await this.running;
    } finally {
      this.running = undefined;
      if (this.due && !this.closed) this.timer = setTimeout(() => void this.flush(), this.options.delay);
      this.settle();
    }
  }

  private settle(): void {
    if (this.running || this.timer) return;
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}
