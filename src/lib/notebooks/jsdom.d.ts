// jsdom ships no types, and @types/jsdom has no release for jsdom 29: the little that
// publishPage.ts uses, declared by hand.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
    serialize(): string;
  }
}
