/*
 * Karabakh arms ledger: sizes the ledger's embedded charts to their content.
 *
 * On the host page, after one or more
 *   <iframe data-ledger-embed src="https://.../embed.html?chart=..." title="..."></iframe>
 * add
 *   <script async src="https://.../embed-resize.js"></script>
 * Each embed posts its height; this resizes ONLY the iframe whose window sent the message
 * (never by id, which any frame could claim), accepts only an integer height from 50 to 10000
 * CSS pixels, and ignores every other message. It does not go by the message's origin either:
 * an embed in <iframe sandbox="allow-scripts"> (AMP, some CMSs) sends from origin "null", and
 * its window is what identifies it. Iframes added later are found when they send.
 * Loading the script more than once (one copy per embed) installs one listener.
 *
 * Served standalone to host pages (plain ES5, no module, no dependencies), so it cannot import
 * src/lib/embed/heightMessage.ts. The parsing below repeats parseHeightMessage's rules; keep the
 * two in step (tests/embed/embedResize.test.ts checks that they agree).
 */
(function () {
  'use strict';
  var FLAG = '__karabakhLedgerEmbedResize';
  if (window[FLAG]) return;
  window[FLAG] = true;

  var MIN = 50;
  var MAX = 10000;
  var SEP = 'xPYMx';

  function validHeight(h) {
    return typeof h === 'number' && h % 1 === 0 && h >= MIN && h <= MAX;
  }

  // pym.js v1 "pymxPYMx<id>xPYMxheightxPYMx<digits>", or
  // {"type":"karabakh-ledger:height","id":<string or null>,"height":<integer>} as a string.
  function parseHeight(data) {
    var parts, message, height;
    if (typeof data !== 'string') return null;
    if (data.indexOf('pym' + SEP) === 0) {
      parts = data.split(SEP);
      if (parts.length !== 4 || parts[2] !== 'height' || !/^\d{1,6}$/.test(parts[3])) return null;
      height = Number(parts[3]);
    } else if (data.charAt(0) === '{') {
      try {
        message = JSON.parse(data);
        // ES5 requires the binding `e`, which is not used.
        // eslint-disable-next-line @typescript-eslint/no-unused-vars
      } catch (e) {
        return null;
      }
      if (message.type !== 'karabakh-ledger:height') return null;
      if (message.id !== undefined && message.id !== null && typeof message.id !== 'string') {
        return null;
      }
      height = message.height;
    } else {
      return null;
    }
    return validHeight(height) ? height : null;
  }

  window.addEventListener('message', function (event) {
    var height = parseHeight(event.data);
    var frames, i;
    if (height === null || !event.source) return;
    // Looked up on every message, so iframes added after this script ran are handled too.
    frames = document.querySelectorAll('iframe[data-ledger-embed]');
    for (i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = height + 'px';
        return;
      }
    }
  });

  // An embed that finished loading before this (async) script ran has already sent its height
  // to nobody: ask every embed on the page to send it again.
  var REQUEST = '{"type":"karabakh-ledger:request-height"}';
  var frames = document.querySelectorAll('iframe[data-ledger-embed]');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow) frames[i].contentWindow.postMessage(REQUEST, '*');
  }
})();
