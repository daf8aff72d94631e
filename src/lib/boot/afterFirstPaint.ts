/**
 * Start the live app only after the browser has painted the prerendered page once, so the
 * charts in the HTML are what readers (and Largest Contentful Paint) see first, and the app's
 * script never sits between the HTML and its first paint.
 *
 * A frame, then a task: the frame callback runs just before that paint, the task just after it.
 * Where no frames come (a background tab, an off-screen iframe that Chromium throttles), a timer
 * starts the app anyway.
 */
export function afterFirstPaint(start: () => void, fallbackMs = 1000): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, fallbackMs);
}
