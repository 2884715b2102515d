// Shows the "print this practice" buttons (hidden without JavaScript) and prints the page with the handout stylesheet.
for (const button of document.querySelectorAll("[data-print-page]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
