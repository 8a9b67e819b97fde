// Installed in the page before the app's own scripts (see probes.ts for what it records and why).
(() => {
  const probe = { longTasks: [], firstSeen: {}, textAt: null, emptyAt: null, liveFrames: [], mouseUpAt: null, toolbarAt: null };
  window.__bench = probe;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  const NativeWebSocket = window.WebSocket;
  class ProbedWebSocket extends NativeWebSocket {
    constructor(url, protocols) {
      super(url, protocols);
      this.addEventListener('message', (event) => {
        if (typeof event.data === 'string' && event.data.includes('annotation.created')) probe.liveFrames.push({ at: performance.now(), data: event.data });
      });
    }
  }
  window.WebSocket = ProbedWebSocket;

  window.addEventListener(
    'mouseup',
    () => {
      probe.mouseUpAt = performance.now();
      probe.toolbarAt = null;
    },
    true,
  );

  const observer = new MutationObserver((records) => {
    const ids = new Set();
    let toolbar = false;
    let text = false;
    let empty = false;
    const visit = (el) => {
      for (const id of (el.getAttribute('data-ids') || '').split(' ')) if (id && !(id in probe.firstSeen)) ids.add(id);
    };
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target instanceof Element && record.target.matches('mark[data-ids]')) visit(record.target);
        continue;
      }
      record.addedNodes.forEach((node) => {
        if (!(node instanceof Element)) {
          if (node.textContent === 'No annotations yet') empty = true;
          return;
        }
        if (node.matches('mark[data-ids]')) visit(node);
        node.querySelectorAll('mark[data-ids]').forEach(visit);
        if (node.matches('[role="toolbar"]') || node.querySelector('[role="toolbar"]')) toolbar = true;
        if (node.matches('[data-reading-text]') || node.querySelector('[data-reading-text]')) text = true;
        if ((node.textContent || '').includes('No annotations yet')) empty = true;
      });
    }
    if (ids.size === 0 && !toolbar && !text && !empty) return;
    ids.forEach((id) => (probe.firstSeen[id] = -1));
    // The next animation frame is the one that paints what was just added.
    requestAnimationFrame(() => {
      const at = performance.now();
      ids.forEach((id) => (probe.firstSeen[id] = at));
      if (toolbar && probe.mouseUpAt !== null && probe.toolbarAt === null) probe.toolbarAt = at;
      if (text && probe.textAt === null) probe.textAt = at;
      if (empty && probe.emptyAt === null) probe.emptyAt = at;
    });
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ids'] });

  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const locate = (root, offset) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let remaining = offset;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (remaining < node.data.length) return { node, offset: remaining };
      remaining -= node.data.length;
    }
    return null;
  };
  const charRect = (root, offset) => {
    const at = locate(root, offset);
    if (!at) return null;
    const range = document.createRange();
    range.setStart(at.node, at.offset);
    range.setEnd(at.node, at.offset + 1);
    return Array.from(range.getClientRects()).find((r) => r.width > 0) || null;
  };

  window.__benchTools = {
    /** Scrolls from the top to the end of the reading text, 400 px a frame; the long tasks meanwhile. */
    async scrollThrough() {
      window.scrollTo(0, 0);
      await frame();
      const from = performance.now();
      const end = document.querySelector('[data-reading-text]').getBoundingClientRect().bottom + window.scrollY;
      for (let y = 0; y < end; y += 400) {
        window.scrollTo(0, y);
        await frame();
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      const tasks = probe.longTasks.filter((t) => t.start >= from);
      return { ms: performance.now() - from, longest: Math.max(0, ...tasks.map((t) => t.duration)), count: tasks.length };
    },
    /** Where `words` words from the first word at or after UTF-16 `offset` are drawn, scrolled to the middle of the screen. */
    wordsBox(offset, words) {
      const root = document.querySelector('[data-reading-text]');
      const text = root.textContent;
      const re = /\S+/g;
      re.lastIndex = offset;
      let match = re.exec(text);
      const start = match.index;
      let end = match.index + match[0].length;
      for (let i = 1; i < words && (match = re.exec(text)); i += 1) end = match.index + match[0].length;
      locate(root, start).node.parentElement.scrollIntoView({ block: 'center' });
      const first = charRect(root, start);
      const last = charRect(root, end - 1);
      return { startX: first.left + 1, startY: first.top + first.height / 2, endX: last.right - 1, endY: last.top + last.height / 2, words: text.slice(start, end) };
    },
  };
})();
