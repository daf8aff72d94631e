/**
 * Work that can wait. `idleTask()` holds one task at a time (a new one replaces one not yet run)
 * and runs it when the browser is idle or on `run()`, whichever is first. `whenInView()` runs a
 * task at once while its element is in or near the viewport, else as the element comes near or
 * when the browser is idle: PlotFigure redraws a chart out of view so.
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

export function whenInView(rootMargin = '300px 0px') {
  const pending = idleTask();
  let near = true;
  return {
    run(task: () => void): void {
      if (!near) return pending.set(task);
      pending.cancel();
      task();
    },
    /** An attachment for the element. */
    observe(node: Element): () => void {
      const view = new IntersectionObserver(
        ([entry]) => {
          near = entry?.isIntersecting ?? true;
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
