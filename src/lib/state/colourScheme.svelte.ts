/** The reader's light or dark setting, followed live so charts redraw in the matching palette. */
import type { Theme } from '../charts/palette.ts';

class ColourScheme {
  current = $state<Theme>('light');

  constructor() {
    if (typeof window === 'undefined' || !window.matchMedia) return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    this.current = query.matches ? 'dark' : 'light';
    query.addEventListener('change', (e) => (this.current = e.matches ? 'dark' : 'light'));
  }
}

export const colourScheme = new ColourScheme();
