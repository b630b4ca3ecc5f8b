// Find in this article: marks every match of the typed text in the reader and steps through them.
// Only text nodes are wrapped (in <mark class="find-hit">), so the claim <mark>s around them stay whole;
// closing unwraps the marks and joins the text back together.
(() => {
  const root = document.querySelector('.reader');
  const open = document.getElementById('find-open');
  const bar = document.getElementById('find-bar');
  if (!root || !open || !bar) return;
  const input = document.getElementById('find-input');
  const count = document.getElementById('find-count');
  const blockSelector = 'p, li, h1, h2, h3, blockquote, figcaption, .image-alt, aside, summary, cite';
  let matches = [];   // one array of <mark> parts per match
  let current = -1;
  let timer = 0;
  let searched = null;  // the text the marks are for

  // One UTF-16 unit in, one out, so offsets in the folded text are offsets in the original.
  const foldChar = ch => ch.normalize('NFD').charAt(0).toLowerCase().charAt(0) || ch;
  const fold = s => Array.from(s, ch => ch.length === 1 ? foldChar(ch) : ch).join('');

  function clear() {
    for (const mark of root.querySelectorAll('mark.find-hit')) {
      const parent = mark.parentNode;
      parent.replaceChild(document.createTextNode(mark.textContent), mark);
      parent.normalize();
    }
    matches = [];
    current = -1;
  }

  function groups() {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: n => !n.nodeValue || n.parentElement.closest('.claim-card, .find, script, style')
        ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    const byBlock = new Map();
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const block = node.parentElement.closest(blockSelector) || root;
      if (!byBlock.has(block)) byBlock.set(block, []);
      byBlock.get(block).push(node);
    }
    return [...byBlock.values()];
  }

  function find(needle) {
    clear();
    searched = needle;
    const wanted = fold(needle.trim());
    if (wanted.length < 2) { show(); return; }
    const wraps = new Map();  // text node -> [{start, end, index}]
    for (const nodes of groups()) {
      const text = fold(nodes.map(n => n.nodeValue).join(''));
      for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + wanted.length)) {
        const index = matches.length;
        matches.push([]);
        let offset = 0;
        for (const node of nodes) {
          const start = Math.max(at, offset), end = Math.min(at + wanted.length, offset + node.nodeValue.length);
          if (start < end) {
            if (!wraps.has(node)) wraps.set(node, []);
            wraps.get(node).push({ start: start - offset, end: end - offset, index });
          }
          offset += node.nodeValue.length;
        }
      }
    }
    for (const [node, ranges] of wraps) {
      // From the last range back, so the earlier offsets still point into this node.
      for (const r of ranges.sort((a, b) => b.start - a.start)) {
        const middle = node.splitText(r.start);
        middle.splitText(r.end - r.start);
        const mark = document.createElement('mark');
        mark.className = 'find-hit';
        middle.parentNode.replaceChild(mark, middle);
        mark.appendChild(middle);
        matches[r.index].unshift(mark);
      }
    }
    if (matches.length > 0) go(0); else show();
  }

  function go(index) {
    if (matches.length === 0) return;
    if (current >= 0) matches[current].forEach(m => m.classList.remove('current'));
    current = (index + matches.length) % matches.length;
    const parts = matches[current];
    parts.forEach(m => m.classList.add('current'));
    const details = parts[0].closest('details');
    if (details) details.open = true;
    parts[0].scrollIntoView({ block: 'center' });
    show();
  }

  function show() {
    const typed = input.value.trim().length >= 2;
    count.textContent = !typed ? '' : matches.length === 0 ? 'No matches' : `${current + 1} of ${matches.length}`;
  }

  function openBar() {
    bar.hidden = false;
    open.setAttribute('aria-expanded', 'true');
    input.focus();
    input.select();
  }

  function closeBar() {
    clear();
    searched = null;
    show();
    bar.hidden = true;
    open.setAttribute('aria-expanded', 'false');
    open.focus();
  }

  open.hidden = false;
  open.addEventListener('click', () => (bar.hidden ? openBar() : closeBar()));
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => find(input.value), 120); });
  input.addEventListener('keydown', e => {
    if (e.key === 'Enter') {
      e.preventDefault();
      clearTimeout(timer);
      if (input.value !== searched) find(input.value);
      else go(current + (e.shiftKey ? -1 : 1));
    } else if (e.key === 'Escape') {
      e.preventDefault();
      closeBar();
    }
  });
  document.getElementById('find-next').addEventListener('click', () => go(current + 1));
  document.getElementById('find-prev').addEventListener('click', () => go(current - 1));
  document.getElementById('find-close').addEventListener('click', closeBar);
})();
