/**
 * One deferred task at a time, run when the browser is idle or when `run()` is called, whichever
 * is first; a new task replaces one not yet run. PlotFigure defers the redraw of a chart out of
 * view with it.
 */
export interface IdleTask {
  set(task: () => void): void;
  run(): void;
  cancel(): void;
}

// requestIdleCallback where the browser has it (not Safari), else a short timeout.
const idle = (fn: () => void): number =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(fn, { timeout: 500 })
    : (setTimeout(fn, 50) as unknown as number);
const cancelIdle = (handle: number) =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : clearTimeout(handle);

export function idleTask(): IdleTask {
  let task: (() => void) | null = null;
  let handle: number | null = null;
  const cancel = () => {
    if (handle !== null) cancelIdle(handle);
    handle = null;
    task = null;
  };
  const run = () => {
    const next = task;
    cancel();
    next?.();
  };
  const set = (next: () => void) => {
    task = next;
    handle ??= idle(run);
  };
  return { set, run, cancel };
}

/**
 * Work for an element that can wait while the element is out of view: `run` does it at once
 * while the element is in or near the viewport, else when the browser is idle or as the element
 * comes near, whichever is first. `observe` is an attachment for the element.
 */
export function whenInView(rootMargin = '300px 0px') {
  const pending = idleTask();
  let near = true;
  return {
    run(task: () => void): void {
      if (!near) return pending.set(task);
      pending.cancel();
      task();
    },
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
