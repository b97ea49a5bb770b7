import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * From this many messages on, the check and the build hold V8's heap close
 * to what is live (`capHeapGrowth`). Below it the default costs less time
 * and the memory is small anyway.
 */
export const LARGE_PROJECT = 20_000;

/**
 * How far V8 lets the heap grow past what the last full collection kept.
 * Left to itself, V8 grows it up to fourfold when collecting is cheap next to
 * the work: at 100,000 messages (~0.7–1.4 GB live) a check reached 1.5–2.0 GB
 * and a build 2.2–2.9 GB, between runs of the same code. Linting and
 * rendering leave mostly short-lived garbage, so collecting more often costs
 * little.
 */
const GROWING_PERCENT = 20;

/**
 * Caps the heap's growth until the returned function is called (which gives
 * V8 its own choice back). V8 applies the cap from the next full collection
 * on, so one runs now.
 */
export function capHeapGrowth(): () => void {
  v8.setFlagsFromString(`--heap-growing-percent=${GROWING_PERCENT}`);
  collectGarbage();
  // 0: V8's own choice again.
  return () => v8.setFlagsFromString('--heap-growing-percent=0');
}

/** One full garbage collection now (Node's own `--expose-gc`, taken for this call only). */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  v8.setFlagsFromString('--no-expose-gc');
}
