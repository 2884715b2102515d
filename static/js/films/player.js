// The film page: any [data-seek-seconds] element seeks the player (transcript lines, time-anchored
// comments), the spoken line is highlighted, "follow along" keeps it in view, and ?t=83 (read by the server
// into data-start-seconds) or #t=1m23s start the film there. Without this module the links still work:
// ?t= reloads the page with a media fragment on the film's source.

const video = document.querySelector("video[data-film-player]");

// "83", "83.5", "1m23s", "1h2m3s" -> seconds, or null.
function parseTime(value) {
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value)) return parseFloat(value);
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(value);
  if (!match || !match[0]) return null;
  return (parseInt(match[1] || "0", 10) * 3600) + (parseInt(match[2] || "0", 10) * 60) + parseFloat(match[3] || "0");
}

function timeFromHash() {
  return parseTime(new URLSearchParams(window.location.hash.slice(1)).get("t"));
}

function whenMetadataLoaded(callback) {
  if (video.readyState >= HTMLMediaElement.HAVE_METADATA) callback();
  else video.addEventListener("loadedmetadata", callback, { once: true });
}

function seek(seconds, { play = true } = {}) {
  whenMetadataLoaded(() => {
    video.currentTime = seconds;
    if (play) video.play().catch(() => {});
  });
}

function setUpSeeking() {
  document.addEventListener("click", (event) => {
    const link = event.target.closest("[data-seek-seconds]");
    if (!link) return;
    const seconds = parseTime(link.dataset.seekSeconds);
    if (seconds === null) return;
    event.preventDefault();
    seek(seconds);
    if (video.getBoundingClientRect().bottom < 0) video.scrollIntoView({ block: "nearest" });
  });
  window.addEventListener("hashchange", () => {
    const seconds = timeFromHash();
    if (seconds !== null) seek(seconds);
  });
  // #t=1m23s in the address, else ?t=83 as the server read it.
  const start = timeFromHash() ?? parseTime(video.dataset.startSeconds);
  if (start) seek(start, { play: false });
}

function setUpTranscript() {
  const list = document.querySelector("[data-transcript-cues]");
  if (!list) return;
  const cues = Array.from(list.querySelectorAll("[data-cue-start]"), (item) => ({
    item,
    start: Number(item.dataset.cueStart) / 1000,
    end: Number(item.dataset.cueEnd) / 1000,
  }));
  const follow = document.querySelector("[data-follow-along]");
  document.querySelector("[data-follow-along-control]")?.removeAttribute("hidden");
  let current = null;

  function cueAt(time) {
    let low = 0;
    let high = cues.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (time < cues[middle].start) high = middle - 1;
      else if (time >= cues[middle].end) low = middle + 1;
      else return cues[middle];
    }
    return null;
  }

  function keepInView(item) {
    const top = item.offsetTop - list.offsetTop;
    if (top < list.scrollTop || top + item.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = top - (list.clientHeight - item.offsetHeight) / 2;
    }
  }

  video.addEventListener("timeupdate", () => {
    const cue = cueAt(video.currentTime);
    if (cue === current) return;
    current?.item.removeAttribute("aria-current");
    current = cue;
    if (!cue) return;
    cue.item.setAttribute("aria-current", "true");
    if (follow?.checked) keepInView(cue.item);
  });
}

if (video) {
  setUpSeeking();
  setUpTranscript();
}
