/**
 * The embed pages' script (lib/embed/EmbedScript.svelte says why it is a classic script of its
 * own): the embed, with the model bundled, on the page's `[data-embed]` element. A prerendered
 * chart page (embed/<chart id>.html) is hydrated, its drawing kept until Plot redraws it at the
 * frame's width; embed.html draws the chart its address names.
 */
import { hydrate, mount } from 'svelte';
import model from 'virtual:ledger-model';
import Embed from '../Embed.svelte';
import { goLive } from '../charts/plotApi.svelte.ts';

const target = document.querySelector<HTMLElement>('[data-embed]');
if (target) {
  const prerendered = target.dataset.embed ?? '';
  const props = {
    model,
    chartId: prerendered || new URLSearchParams(window.location.search).get('chart'),
    relativeRoot: target.dataset.root ?? './',
  };
  try {
    // On the dev server Svelte marks the boundaries of nested components in the server's markup,
    // which a component hydrated on its own does not expect: there the embed is drawn afresh.
    if (import.meta.env.DEV) target.replaceChildren();
    (prerendered && !import.meta.env.DEV ? hydrate : mount)(Embed, { target, props });
    void goLive(document.getElementById('app'));
  } catch (error) {
    console.error('The interactive embed could not start; the chart stays as drawn.', error);
  }
}
