// Progressive enhancement only: every page works without this file.
document.addEventListener("click", (event) => {
  const box = event.target.closest("input[data-select-all]");
  if (!box) return;
  const scope = box.closest(box.dataset.selectAll) || document;
  scope.querySelectorAll("input[type=checkbox]").forEach((c) => { if (c !== box && !c.disabled) c.checked = box.checked; });
});

// A batch in progress (a CSV import): follow it without reloading. Without
// this, the page refreshes itself (<noscript> meta refresh).
(() => {
  const box = document.querySelector("[data-progress-url]");
  if (!box) return;
  const bar = box.querySelector("progress");
  const text = box.querySelector("[data-progress-text]");
  const tick = async () => {
    try {
      const r = await fetch(box.dataset.progressUrl, { headers: { Accept: "application/json" } });
      if (!r.ok) return setTimeout(tick, 3000);
      const p = await r.json();
      if (bar) bar.value = p.percent;
      if (text && p.text) text.textContent = p.text;
      if (p.state !== "running") return location.reload();
      setTimeout(tick, 1000);
    } catch (_) { setTimeout(tick, 3000); }
  };
  setTimeout(tick, 1000);
})();

// Between a phone (where lists are cards, see app.css) and a wide screen, a
// list with many columns scrolls inside its own box instead of widening the
// page. Without this file such a list widens the page on a tablet only.
document.querySelectorAll("table.list").forEach((table) => {
  if (table.parentElement.classList.contains("table-scroll")) return;
  const box = document.createElement("div");
  box.className = "table-scroll";
  table.before(box);
  box.appendChild(table);
});

// "Select all <section>" on the role form: without this file the button
// submits the form and the server shows it again with the section ticked;
// with it, the boxes are ticked here, without a round trip.
document.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-select-section]");
  if (!button) return;
  event.preventDefault();
  button.closest("fieldset").querySelectorAll("input[type=checkbox]").forEach((c) => { if (!c.disabled) c.checked = true; });
});
