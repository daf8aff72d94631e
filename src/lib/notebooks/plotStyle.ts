/**
 * The stylesheet Plot writes into every chart it draws (the same text each time). A published
 * notebook page keeps this one `<style>` from its outputs, so it is taken from Plot itself rather
 * than copied: a Plot upgrade that changes it keeps the charts styled.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export function plotStyleText(): string {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const svg = Plot.plot({ marks: [Plot.frame()], document: document as unknown as Document });
  const text = svg.querySelector('style')?.textContent;
  if (!text) throw new Error('Plot drew a chart without its <style> element');
  return text;
}
