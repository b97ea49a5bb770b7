/*
 * herald — the site's one small script. Every page works without it; it
 * only adds two conveniences:
 *
 * 1. The remembered segment. A click on a segment link (the chips on the
 *    home page, the segment menu) stores that segment in this browser
 *    (localStorage, per site). The home page then shows "Jouw nieuws:
 *    <segment>" at the top and marks that chip. It never redirects: the home
 *    page stays everyone's news, and a reader can always forget the choice.
 * 2. Links from disk. Opened as file://, a link to a folder (/2026/x/) shows a
 *    directory listing, so folder links get their index.html added. On a web
 *    server nothing changes and the clean URLs stay.
 *
 * No data is written into this file: names come from the page's own links.
 */
(function () {
  'use strict';
  var home = document.querySelector('a.site-title');
  // One key per site, so two herald sites on one server keep their own choice.
  var key = 'herald:segment:' + (home ? home.href : location.origin);

  if (location.protocol === 'file:') {
    var links = document.querySelectorAll('a[href]');
    for (var i = 0; i < links.length; i++) {
      var href = links[i].getAttribute('href');
      if (/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(href)) continue;
      var parts = /^([^?#]*\/)([?#].*)?$/.exec(href);
      if (parts) links[i].setAttribute('href', parts[1] + 'index.html' + (parts[2] || ''));
    }
  }

  function read() {
    try {
      return window.localStorage.getItem(key);
    } catch (e) {
      return null; // storage switched off: no memory, the links still work
    }
  }
  function write(value) {
    try {
      if (value) window.localStorage.setItem(key, value);
      else window.localStorage.removeItem(key);
    } catch (e) {
      /* storage switched off */
    }
  }

  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a[data-segment]') : null;
    if (link) write(link.getAttribute('data-segment'));
  });

  var bar = document.querySelector('[data-your-news]');
  if (!bar) return;
  var chosen = read();
  if (!chosen) return;
  var chips = document.querySelectorAll('.segment-chips a[data-segment]');
  var chip = null;
  for (var j = 0; j < chips.length; j++) if (chips[j].getAttribute('data-segment') === chosen) chip = chips[j];
  // A segment the plan no longer has: forget it quietly.
  if (!chip) return write(null);

  var mark = document.createElement('span');
  mark.className = 'visually-hidden';
  mark.textContent = ' ' + bar.getAttribute('data-your-choice');
  chip.classList.add('is-chosen');
  chip.appendChild(mark);
  var link = bar.querySelector('a');
  link.setAttribute('href', chip.getAttribute('href'));
  bar.querySelector('[data-name]').textContent = chip.firstChild.textContent;
  bar.hidden = false;
  bar.querySelector('[data-forget]').addEventListener('click', function () {
    write(null);
    bar.hidden = true;
    chip.classList.remove('is-chosen');
    if (mark.parentNode) mark.parentNode.removeChild(mark);
    var title = document.getElementById('choose-segment');
    if (title) {
      title.setAttribute('tabindex', '-1');
      title.focus();
    }
  });
})();
