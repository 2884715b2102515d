// Marks the page as scripted so styles can reveal controls that need JavaScript.
document.documentElement.classList.add("js");
