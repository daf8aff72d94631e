import { flushSync, mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (target) {
  // The page arrives with its charts prerendered; swap in the live app in one synchronous step,
  // so no blank frame is ever painted.
  target.replaceChildren();
  mount(App, { target });
  flushSync();
}
