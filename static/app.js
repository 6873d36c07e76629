// Progressive enhancement only: every page works without this file.
document.addEventListener("click", (event) => {
  const box = event.target.closest("input[data-select-all]");
  if (!box) return;
  const scope = box.closest(box.dataset.selectAll) || document;
  scope.querySelectorAll("input[type=checkbox]").forEach((c) => { if (c !== box && !c.disabled) c.checked = box.checked; });
});
