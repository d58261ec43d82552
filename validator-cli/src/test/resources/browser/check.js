// Injected by ReportInBrowserTest at the top of a copy of the report: records errors, then, once
// the page has loaded, measures what a person would see and writes it into <pre id=payflow-check>.
window.__payflow = { errors: [] };
window.addEventListener("error", (e) => window.__payflow.errors.push(String(e.message)));
console.error = (...args) => window.__payflow.errors.push(args.join(" "));
window.addEventListener("load", () => {
  const out = { text: document.body.textContent, overlaps: [], outside: [], badges: [], nodes: 0, errors: window.__payflow.errors };
  const inside = (a, b) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
  const meet = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
  for (const svg of document.querySelectorAll("svg.estate")) {
    const boxes = [...svg.querySelectorAll("g.node")].map((g) => ({
      id: g.id,
      r: g.querySelector(":scope > rect").getBoundingClientRect(),
      texts: [...g.querySelectorAll(":scope > text")].map((t) => t.getBoundingClientRect()),
    }));
    const labels = [...svg.querySelectorAll("g.edge")].map((g) => ({ id: g.id, r: g.querySelector(":scope > rect").getBoundingClientRect(), texts: [] }));
    const all = boxes.concat(labels);
    out.nodes += boxes.length;
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const a = all[i].r, b = all[j].r;
        if (!inside(a, b) && !inside(b, a) && meet(a, b)) out.overlaps.push(all[i].id + "/" + all[j].id);
      }
    }
    for (const b of boxes) for (const t of b.texts) if (!inside(t, b.r)) out.outside.push(b.id);
    for (const t of svg.querySelectorAll("g.node.finding g.badge title")) out.badges.push(t.textContent);
  }
  const pre = document.createElement("pre");
  pre.id = "payflow-check";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
