// Names for the controls that scripts add to admin pages without one (WCAG 4.1.2), loaded on every admin page by
// templates/admin/base_site.html. Select2 (autocomplete fields), the filter_horizontal widget and
// django-modeltranslation build their controls after the page loads and rebuild some of them as the user picks,
// so they are fixed whenever they appear.

function labelOf(select) {
  const label = select && select.id ? document.querySelector(`label[for="${CSS.escape(select.id)}"]`) : null;
  if (label && !label.id) label.id = `${select.id}-label`;
  return label;
}

// The <select> a Select2 element stands for: the container follows it; a dropdown's search field names its results
// list ("select2-<id>-results") once the dropdown opens.
function selectFor(element) {
  const container = element.closest(".select2-container");
  const previous = container && container.previousElementSibling;
  if (previous && previous.tagName === "SELECT") return previous;
  const results = /^select2-(.+)-results$/.exec(element.getAttribute("aria-controls") || "");
  return results ? document.getElementById(results[1]) : null;
}

function nameSelect2(element) {
  const label = labelOf(selectFor(element));
  if (!label) return;
  if (element.matches(".select2-selection--single")) {
    // Its name is the field's label, then the chosen item (an empty box shows no text).
    const rendered = element.querySelector(".select2-selection__rendered");
    element.setAttribute("aria-labelledby", rendered ? `${label.id} ${rendered.id}` : label.id);
  } else {
    element.setAttribute("aria-labelledby", label.id);
  }
}

function fix(root) {
  for (const element of root.querySelectorAll(
    ".select2-selection--single, .select2-selection__rendered[role=textbox], .select2-search__field",
  )) {
    nameSelect2(element);
  }
  // Select2 puts its "clear all" cross inside the list of chosen items; it is for the mouse (Backspace clears).
  for (const cross of root.querySelectorAll("ul > .select2-selection__clear")) {
    cross.setAttribute("aria-hidden", "true");
  }
  // filter_horizontal's search icon carries its help as aria-label, which a plain <span> may not have.
  for (const icon of root.querySelectorAll("span.help-tooltip[aria-label]:not([role])")) {
    icon.setAttribute("role", "img");
  }
  const languageSwitch = root.querySelector("#modeltranslation-main-switch:not([aria-labelledby])");
  if (languageSwitch) languageSwitch.setAttribute("aria-labelledby", "translation-switch-label");
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    const target = mutation.target;
    if (mutation.type === "attributes") {
      nameSelect2(target);
    } else if (target.nodeType === Node.ELEMENT_NODE && mutation.addedNodes.length) {
      fix(target);
    }
  }
}).observe(document.documentElement, {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ["aria-controls"],
});
fix(document);
