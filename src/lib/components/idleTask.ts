/**
 * Work that can wait. `idleTask()` holds one task at a time (a new one replaces one not yet run)
 * and runs it when the browser is idle or on `run()`, whichever is first. `whenInView()` runs a
 * task at once while its element is in the viewport, else as the element comes into view or
 * when the browser is idle: PlotFigure redraws a chart out of view so. Only what is on screen
 * holds a filter change's paint back; a chart just below the fold is redrawn straight after.
 */
// requestIdleCallback where the browser has it (not Safari), else a short timeout.
const hasIdle = typeof requestIdleCallback === 'function';

export function idleTask() {
  let task: (() => void) | null = null;
  let handle: number | null = null;
  const cancel = () => {
    if (handle !== null) (hasIdle ? cancelIdleCallback : clearTimeout)(handle);
    handle = task = null;
  };
  const run = () => {
    const next = task;
    cancel();
    next?.();
  };
  const set = (next: () => void) => {
    task = next;
    handle ??= hasIdle
      ? requestIdleCallback(run, { timeout: 500 })
      : (setTimeout(run, 50) as unknown as number);
  };
  return { set, run, cancel };
}

export function whenInView(rootMargin = '0px') {
  const pending = idleTask();
  // Unknown until the observer first reports (a frame after the element is added): a chart added
  // by a filter change waits for it rather than drawing at once off screen.
  let near: boolean | null = null;
  return {
    run(task: () => void): void {
      if (near !== true) return pending.set(task);
      pending.cancel();
      task();
    },
    /** An attachment for the element. */
    observe(node: Element): () => void {
      const view = new IntersectionObserver(
        (entries) => {
          // The latest report counts, when a frame brings more than one.
          near = entries.at(-1)?.isIntersecting ?? true;
          if (near) pending.run();
        },
        { rootMargin },
      );
      view.observe(node);
      return () => {
        view.disconnect();
        pending.cancel();
      };
    },
  };
}
