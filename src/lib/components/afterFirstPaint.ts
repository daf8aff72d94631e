/**
 * Resolves once the browser has shown the prerendered page: when its first contentful paint is
 * reported (the Paint Timing API reports it after the frame is on screen, which a frame callback
 * cannot tell). Pages start their work after it, so that a reader sees the content before any
 * script runs on it. Where the API or painting is missing (an old browser, a background tab, a
 * frame off screen), a timer resolves it anyway.
 */
export function afterFirstPaint(fallbackMs = 1000): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, fallbackMs);
    const finish = () => {
      clearTimeout(timer);
      done();
    };
    if (typeof PerformanceObserver === 'undefined') return;
    if (performance.getEntriesByName('first-contentful-paint').length > 0) return finish();
    try {
      const observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        finish();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // A browser without paint entries: the timer starts the page.
    }
  });
}
