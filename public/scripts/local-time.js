// An event's time in the visitor's own zone: only the browser knows that zone. The page already
// shows the organisers' time; this fills in the element components/content/local-time.tsx writes.
// Plain script (no React) so it survives on pages sent without React's scripts (decision 036).
Array.prototype.forEach.call(document.querySelectorAll("[data-local-time]"), (element) => {
  try {
    const format = new Intl.DateTimeFormat(element.dataset.locale, {
      year: "numeric",
      month: "long",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZoneName: "short",
    });
    const range = format.formatRange(new Date(element.dataset.start), new Date(element.dataset.end));
    element.textContent = element.dataset.template.replace("{range}", range);
    element.hidden = false;
  } catch {
    // An old browser without formatRange keeps the organisers' time only.
  }
});
