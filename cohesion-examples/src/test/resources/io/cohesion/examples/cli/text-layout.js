// Collects the boxes of every text the reader can see (HTML text and the charts' SVG <text>) and
// reports each pair that overlaps by more than `tolerance` pixels both ways, each text that reaches
// beyond the viewport's width, each text outside its panel and each chart text outside its chart.
// Called as (function)(tolerance); returns {texts, problems}.
(function (tolerance) {
  const viewport = document.documentElement.clientWidth;
  const boxes = [];
  const visible = (el) => {
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.display === "none" || style.visibility === "hidden" || Number(style.opacity) === 0) {
        return false;
      }
    }
    return true;
  };
  const describe = (text, el) => {
    const where = el.closest("[id]");
    return JSON.stringify(text.slice(0, 40)) + (where ? " in #" + where.id : "");
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim();
    const el = node.parentElement;
    if (!text || !el || el.closest("script, style, select, option, title, template")) {
      continue;
    }
    if (!visible(el)) {
      continue;
    }
    const svg = el.closest("svg");
    let rects;
    if (svg) {
      // A chart's label: its <text> element's box, as drawn.
      rects = [el.getBoundingClientRect()];
    } else {
      const range = document.createRange();
      range.selectNodeContents(node);
      rects = [...range.getClientRects()];
    }
    rects = rects.filter((r) => r.width > 0.5 && r.height > 0.5);
    const panel = el.closest(".panel");
    for (const r of rects) {
      boxes.push({
        node,
        name: describe(text, el),
        left: r.left + scrollX,
        right: r.right + scrollX,
        top: r.top + scrollY,
        bottom: r.bottom + scrollY,
        panel,
        svg,
      });
    }
  }
  const problems = [];
  for (const b of boxes) {
    if (b.right > viewport + tolerance || b.left < -tolerance) {
      problems.push(`${b.name} reaches beyond the viewport (${Math.round(b.left)}–${Math.round(b.right)} of ${viewport})`);
    }
    if (b.panel) {
      const p = b.panel.getBoundingClientRect();
      if (
        b.left < p.left + scrollX - tolerance ||
        b.right > p.right + scrollX + tolerance ||
        b.top < p.top + scrollY - tolerance ||
        b.bottom > p.bottom + scrollY + tolerance
      ) {
        problems.push(`${b.name} runs out of its panel`);
      }
    }
    if (b.svg) {
      const s = b.svg.getBoundingClientRect();
      if (
        b.left < s.left + scrollX - tolerance ||
        b.right > s.right + scrollX + tolerance ||
        b.top < s.top + scrollY - tolerance ||
        b.bottom > s.bottom + scrollY + tolerance
      ) {
        problems.push(`${b.name} runs out of its chart`);
      }
    }
  }
  const sorted = [...boxes].sort((a, b) => a.top - b.top);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j];
      if (b.top >= a.bottom - tolerance) {
        break;
      }
      if (a.node === b.node) {
        continue;
      }
      const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (across > tolerance && down > tolerance) {
        problems.push(`${a.name} overlaps ${b.name} (${across.toFixed(1)}×${down.toFixed(1)} px)`);
      }
    }
  }
  return { texts: boxes.length, problems };
})
