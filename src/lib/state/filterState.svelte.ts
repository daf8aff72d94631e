/**
 * The dashboard's one piece of shared state: the filters, kept in the URL query so that a link
 * restores the view and Back/Forward step through changes. Parsing and serialising are the pure
 * functions of filterQuery.ts; this class only holds the result and talks to `history`.
 */
import {
  NO_FILTERS,
  parseFilterQuery,
  serialiseFilterQuery,
  type FilterVocabulary,
  type Filters,
} from './filterQuery.ts';

export class FilterState {
  filters = $state<Filters>(NO_FILTERS);
  /** Why parts of the link were ignored; shown once, cleared by the next change. */
  notices = $state<string[]>([]);

  readonly #vocabulary: FilterVocabulary;
  readonly #passThrough: readonly string[];
  /** A history entry waits to be written for the view now shown. */
  #pending = false;

  constructor(vocabulary: FilterVocabulary, passThrough: readonly string[] = []) {
    this.#vocabulary = vocabulary;
    this.#passThrough = passThrough;
  }

  /** Take the view from a query string (the page's own on load, and on Back/Forward). */
  read(search: string): void {
    const parsed = parseFilterQuery(search, this.#vocabulary, this.#passThrough);
    this.#pending = false;
    this.filters = parsed.filters;
    this.notices = parsed.notices;
  }

  /**
   * Change some filters and record the new view as a history entry once it is painted: writing
   * history takes the browser a few milliseconds (more on a busy phone), which a reader would
   * otherwise wait for before the charts change. Changes within one frame make one entry.
   */
  set(patch: Partial<Filters>): void {
    this.filters = { ...this.filters, ...patch };
    this.notices = [];
    if (typeof window === 'undefined' || this.#pending) return;
    this.#pending = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (!this.#pending) return;
        this.#pending = false;
        this.#push();
      }),
    );
  }

  /** Clear every filter. */
  reset(): void {
    this.set(NO_FILTERS);
  }

  /** The current view as a query string without "?" (pass-through parameters not included). */
  get query(): string {
    return serialiseFilterQuery(this.filters);
  }

  /** Follow the page's URL from now on; returns the function that stops following. */
  connect(win: Window = window): () => void {
    this.read(win.location.search);
    const onPop = () => this.read(win.location.search);
    win.addEventListener('popstate', onPop);
    return () => win.removeEventListener('popstate', onPop);
  }

  #push(): void {
    // Local scratch values, not state: nothing reactive reads them.
    /* eslint-disable svelte/prefer-svelte-reactivity */
    const url = new URL(window.location.href);
    const kept = new URLSearchParams();
    for (const key of this.#passThrough) {
      const value = url.searchParams.get(key);
      if (value !== null) kept.set(key, value);
    }
    const own = this.query;
    const search = [kept.toString(), own].filter((s) => s !== '').join('&');
    url.search = search ? `?${search}` : '';
    /* eslint-enable svelte/prefer-svelte-reactivity */
    if (url.href !== window.location.href) window.history.pushState(null, '', url);
  }
}
