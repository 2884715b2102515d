// The "print this practice" link leads to the handout view (?print=1) without JavaScript; with it, the page
// prints in place with the handout stylesheet.
for (const link of document.querySelectorAll("[data-print-page]")) {
  link.addEventListener("click", (event) => {
    event.preventDefault();
    window.print();
  });
}
