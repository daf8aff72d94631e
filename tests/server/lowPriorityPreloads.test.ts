import { describe, expect, it } from 'vitest';
import { lowPriorityPreloads } from '../../src/lib/server/lowPriorityPreloads.ts';

describe('lowPriorityPreloads', () => {
  it('gives every modulepreload link a low fetch priority, once', () => {
    const html =
      '<link href="./a.js" rel="modulepreload">\n<link rel="modulepreload" fetchpriority="high" href="./b.js">';
    expect(lowPriorityPreloads(html)).toBe(
      '<link fetchpriority="low" href="./a.js" rel="modulepreload">\n<link rel="modulepreload" fetchpriority="high" href="./b.js">',
    );
    expect(lowPriorityPreloads(lowPriorityPreloads(html))).toBe(lowPriorityPreloads(html));
  });

  it('leaves stylesheets, icons and text that only mentions a preload alone', () => {
    const html =
      '<link href="./a.css" rel="stylesheet"><link rel="icon" href="f.svg"><p>&lt;link rel="modulepreload"&gt;</p>';
    expect(lowPriorityPreloads(html)).toBe(html);
  });
});
