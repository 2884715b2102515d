// Marks the page as scripted so styles can reveal controls that need JavaScript.
document.documentElement.classList.add("js");

// A page shown after a form was sent opens on its message: focused, a screen reader reads it and the next Tab
// starts there, so keyboard focus is never left on <body>.
const messages = document.querySelector(".messages");
if (messages) {
  messages.tabIndex = -1;
  messages.focus();
}
