// The practice filters are a closed <details> in the HTML, so a phone shows the first practice near the top;
// on a screen wide enough for the sidebar they start open.
const disclosure = document.querySelector("[data-filters-disclosure]");
const wide = window.matchMedia("(min-width: 56rem)");

if (disclosure && wide.matches) {
  disclosure.open = true;
}
