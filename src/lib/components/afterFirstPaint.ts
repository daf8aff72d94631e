/**
 * Resolves once the browser has shown the prerendered page: when its first contentful paint is
 * reported (the Paint Timing API reports it after the frame is on screen, which a frame callback
 * cannot tell). Pages start their work after it, so that a reader sees the content before any
 * script runs on it. A browser that cannot report paints starts at once; where painting itself
 * waits (a background tab, a frame off screen), a timer resolves it after `fallbackMs` (an embed
 * frame off screen must still start soon to report its height to the host page).
 *
 * The function is also written into the dashboard's start-up script (server/startAfterPaint.ts),
 * so it uses nothing but the browser's globals.
 */
export function afterFirstPaint(fallbackMs = 1000): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, fallbackMs);
    const finish = () => {
      clearTimeout(timer);
      done();
    };
    const observable =
      typeof PerformanceObserver !== 'undefined' &&
      (PerformanceObserver.supportedEntryTypes ?? []).includes('paint');
    if (!observable || performance.getEntriesByName('first-contentful-paint').length > 0)
      return finish();
    try {
      const observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        finish();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      finish();
    }
  });
}
