// The reading desk, enhanced. Everything here also works without JavaScript through plain links and
// forms; this script makes the same actions happen in place, adds the keyboard, and turns a text
// selection into a highlight.
(() => {
  'use strict';
  const layoutSelector = '.reader-layout';
  const statusOrder = ['unreviewed', 'supported', 'disputed', 'false', 'misleading', 'unverifiable', 'opinion'];

  const $ = (selector, root = document) => root.querySelector(selector);
  const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));
  const typing = (el) => el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
  // Every server-rendered form carries the antiforgery token; JSON posts send the same token in a header.
  const antiforgeryToken = (form) => ($('input[name="__RequestVerificationToken"]', form)
    || $('input[name="__RequestVerificationToken"]'))?.value ?? '';

  // ---- Swap the reader (article + panel) from a server-rendered page, keeping the scroll position.
  async function load(url, options = {}, push = true) {
    const response = await fetch(url, { credentials: 'same-origin', ...options });
    const html = await response.text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const fresh = $(layoutSelector, doc);
    const current = $(layoutSelector);
    if (!fresh || !current) { window.location.href = response.url; return; }
    const y = window.scrollY;
    current.replaceWith(fresh);
    window.scrollTo(0, y);
    // fetch drops the fragment: keep the one the link asked for (#claim-…), so the address can be shared.
    const hash = new URL(url, window.location.href).hash;
    const address = response.url + (hash && !response.url.includes('#') ? hash : '');
    if (push && address !== window.location.href) history.pushState({}, '', address);
    wire();
    const panel = $('#claim-panel');
    if (panel) panel.focus({ preventScroll: true });
    return doc;
  }

  function openClaim(link) {
    load(link.getAttribute('href'), {}, true).then(() => {
      const id = new URL(link.href, window.location.href).searchParams.get('claim');
      const mark = id && document.getElementById('claim-' + id);
      if (mark) mark.scrollIntoView({ block: 'nearest' });
    });
  }

  // ---- Forms of the desk post in place.
  function wireForms(root) {
    for (const form of $$('form', root)) {
      if (!(form.getAttribute('action') || '').startsWith('/desk') || form.dataset.wired) continue;
      form.dataset.wired = '1';
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const returnUrl = form.querySelector('input[name=returnUrl]');
        if (returnUrl && window.location.hash && !returnUrl.value.includes('#')) returnUrl.value += window.location.hash;
        // The pressed button carries the choice (a link's kind), as it would in a plain form post.
        const body = event.submitter ? new FormData(form, event.submitter) : new FormData(form);
        const item = form.closest('.related-item');
        const position = item ? $$('.related-item').indexOf(item) : -1;
        load(form.getAttribute('action'), { method: 'POST', body }, true).then(() => {
          // Keep the keyboard where it was: on the same place in the list of suggestions.
          const items = $$('.related-item');
          if (position >= 0 && items.length) items[Math.min(position, items.length - 1)].focus({ preventScroll: false });
        });
      });
    }
  }

  // ---- Tag autocomplete from the tags already in use.
  function wireAutocomplete(root) {
    for (const input of $$('input[data-autocomplete]', root)) {
      const list = document.getElementById(input.getAttribute('list'));
      let last = '';
      input.addEventListener('input', async () => {
        const prefix = input.value.trim();
        if (!list || prefix === last) return;
        last = prefix;
        const response = await fetch(input.dataset.autocomplete + encodeURIComponent(prefix));
        if (!response.ok) return;
        const names = await response.json();
        list.replaceChildren(...names.map((name) => Object.assign(document.createElement('option'), { value: name })));
      });
    }
  }

  // ---- Markdown preview for notes.
  function wirePreview(root) {
    for (const form of $$('.note-form', root)) {
      const button = $('.preview-button', form);
      const box = $('.note-preview', form);
      const text = $('textarea', form);
      if (!button || !box || !text) continue;
      button.hidden = false;
      button.addEventListener('click', async () => {
        const response = await fetch('/api/notes/preview', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': antiforgeryToken(form) },
          body: JSON.stringify({ markdown: text.value }),
        });
        box.innerHTML = await response.text(); // rendered by the server with raw HTML disabled and unsafe links removed
        box.hidden = false;
      });
    }
  }

  // ---- Claims open in place.
  function wireClaims(root) {
    for (const link of $$('mark.claim a.claim-link', root)) {
      link.addEventListener('click', (event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        openClaim(link);
      });
    }
    for (const link of $$('a.related-marker', root)) {
      link.addEventListener('click', (event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        load(link.getAttribute('href'), {}, true).then(() => $('.related-item')?.focus());
      });
    }
    for (const link of $$('.panel-nav a', root)) {
      link.addEventListener('click', (event) => { event.preventDefault(); openClaim(link); });
    }
  }

  // ---- Selections become highlights: offsets are counted in the block's own text.
  function blockOf(node) {
    const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return el && el.closest('.reader-body [id^="b-"]');
  }

  // Markers the page adds beside the text (the "↔ n" of related claims) are not the article's characters.
  const markerOf = (node) => { const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement; return el && el.closest('[data-nontext]'); };
  const articleText = (block) => document.createTreeWalker(block, NodeFilter.SHOW_TEXT,
    { acceptNode: (text) => (markerOf(text) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });

  function offsetIn(block, node, offset) {
    const marker = markerOf(node);
    if (marker) {
      // A selection ending inside a marker ends where the marker stands.
      return offsetIn(block, marker.parentNode, Array.prototype.indexOf.call(marker.parentNode.childNodes, marker));
    }
    const walker = articleText(block);
    if (node.nodeType !== Node.ELEMENT_NODE) {
      let count = 0;
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        if (text === node) return count + offset;
        count += text.data.length;
      }
      return count;
    }
    // The selection ends at an element boundary: count the article's text before the child at `offset`.
    const range = document.createRange();
    range.setStart(block, 0);
    range.setEnd(node, offset);
    let before = 0;
    for (let text = walker.nextNode(); text; text = walker.nextNode()) if (range.intersectsNode(text)) before += text.data.length;
    return before;
  }

  function currentSelection() {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    const block = blockOf(range.startContainer);
    if (!block || block !== blockOf(range.endContainer)) return null;
    const start = offsetIn(block, range.startContainer, range.startOffset);
    const end = offsetIn(block, range.endContainer, range.endOffset);
    if (end <= start) return null;
    return { blockId: block.id.slice(2), start, end, rect: range.getBoundingClientRect() };
  }

  function showHighlightForm(sel) {
    const form = $('#highlight-form');
    if (!form || !sel) return false;
    form.elements.blockId.value = sel.blockId;
    form.elements.start.value = sel.start;
    form.elements.end.value = sel.end;
    form.hidden = false;
    form.style.top = `${window.scrollY + sel.rect.bottom + 8}px`;
    form.style.left = `${Math.max(8, Math.min(window.scrollX + sel.rect.left, window.innerWidth - form.offsetWidth - 8))}px`;
    $('#highlight-note', form).focus({ preventScroll: true });
    return true;
  }

  function wireHighlightForm() {
    const form = $('#highlight-form');
    if (!form || form.dataset.wired) return;
    form.dataset.wired = '1';
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      form.hidden = true;
      load(form.getAttribute('action'), { method: 'POST', body: new FormData(form) }, false).then(() => {
        form.reset();
        window.getSelection()?.removeAllRanges();
      });
    });
    form.addEventListener('click', (event) => {
      const action = event.target.dataset && event.target.dataset.action;
      if (action === 'cancel') form.hidden = true;
      if (action === 'mark-claim') {
        const mark = $('#mark-form');
        mark.elements.blockId.value = form.elements.blockId.value;
        mark.elements.offset.value = form.elements.start.value;
        form.hidden = true;
        load(mark.getAttribute('action'), { method: 'POST', body: new FormData(mark) }, false);
      }
    });
    document.addEventListener('mouseup', (event) => {
      if (form.contains(event.target)) return;
      setTimeout(() => { const sel = currentSelection(); if (sel) showHighlightForm(sel); else if (!form.contains(document.activeElement)) form.hidden = true; }, 0);
    });
  }

  // ---- Keyboard.
  function claimLinks() { return $$('mark.claim a.claim-link'); }

  function step(direction) {
    const panelId = $('#claim-panel')?.dataset.claimId;
    const links = claimLinks();
    if (links.length === 0) return;
    let index = links.findIndex((l) => l === document.activeElement);
    if (index < 0 && panelId) index = links.findIndex((l) => l.closest('mark').dataset.claimId === panelId);
    const next = links[Math.max(0, Math.min(links.length - 1, index + direction))] || links[0];
    if ($('#claim-panel')) { openClaim(next); next.focus({ preventScroll: true }); }
    else { next.focus(); next.scrollIntoView({ block: 'center' }); }
  }

  function toggleHelp(show) {
    const help = $('#key-help');
    if (!help) return;
    help.hidden = show === undefined ? !help.hidden : !show;
    if (!help.hidden) $('button', help).focus();
  }

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const help = $('#key-help');
    if (event.key === 'Escape') {
      if (help && !help.hidden) { toggleHelp(false); return; }
      const form = $('#highlight-form');
      if (form && !form.hidden) { form.hidden = true; return; }
      if (typing(document.activeElement)) { document.activeElement.blur(); return; }
      const close = $('.panel-close');
      if (close) { event.preventDefault(); load(close.getAttribute('href'), {}, true); }
      return;
    }
    if (typing(document.activeElement)) return;
    const panel = $('#claim-panel');
    const suggestion = document.activeElement && document.activeElement.closest && document.activeElement.closest('.related-item');
    if (suggestion) {
      // One key confirms the focused suggestion as a typed link, or dismisses it.
      const button = $(`button[data-key="${CSS.escape(event.key)}"]`, suggestion);
      if (button && !button.disabled) { event.preventDefault(); button.form.requestSubmit(button); return; }
      if (event.key === 'Enter' && document.activeElement === suggestion) { event.preventDefault(); $('a.related-text', suggestion).click(); return; }
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const items = $$('.related-item');
        const next = items[items.indexOf(suggestion) + (event.key === 'ArrowDown' ? 1 : -1)];
        if (next) next.focus();
        return;
      }
    }
    switch (event.key) {
      case 'l': if (panel) { event.preventDefault(); const first = $('.related-item', panel); if (first) first.focus(); else $('#related-h')?.scrollIntoView({ block: 'center' }); } break;
      case 'j': event.preventDefault(); step(+1); break;
      case 'k': event.preventDefault(); step(-1); break;
      case '?': event.preventDefault(); toggleHelp(); break;
      case '/': {
        event.preventDefault();
        const search = document.getElementById('site-search');
        if (search) search.focus(); else window.location.href = '/search';
        break;
      }
      case 'h': {
        const sel = currentSelection();
        if (sel) { event.preventDefault(); showHighlightForm(sel); }
        break;
      }
      case 't': if (panel) { event.preventDefault(); $('#tag-input')?.focus(); } break;
      case 'n': if (panel) { event.preventDefault(); $('#note-input')?.focus(); } break;
      default:
        if (panel && /^[1-7]$/.test(event.key)) {
          event.preventDefault();
          const radio = $(`input[name=status][value="${statusOrder[Number(event.key) - 1]}"]`, panel);
          if (radio) { radio.checked = true; radio.form.requestSubmit(); }
        }
    }
  });

  document.addEventListener('click', (event) => {
    if (event.target.dataset && event.target.dataset.action === 'close-help') toggleHelp(false);
  });

  window.addEventListener('popstate', () => load(window.location.href, {}, false));

  function wire() {
    wireClaims(document);
    wireForms(document);
    wireAutocomplete(document);
    wirePreview(document);
    wireHighlightForm();
  }
  wire();
})();
