import App from './App.svelte';
import { mountLive } from './lib/boot/mountLive.ts';

await mountLive(App, {}, () => import('./lib/charts/plotParts.ts'));
