// The county page's "in force on a day": the page lists every document of the county, each with
// the days it is in force (data-in-force="from/to …"), and shows those in force on the build day.
// This script lets the reader pick another day in the date field and shows the documents in
// force then, announcing the count in the live region. Without it the page still shows the build
// day and the start of each year.
import { decodeSpans, inForceSummary, inSpans, isDay } from "@styrdok/pages/in-force";

function start(root: HTMLElement): void {
  const field = root.querySelector<HTMLInputElement>("[data-in-force-day]");
  const status = root.querySelector<HTMLElement>("[data-in-force-status]");
  const items = [...root.querySelectorAll<HTMLElement>("[data-in-force]")].map((item) => ({ item, spans: decodeSpans(item.dataset.inForce ?? "") }));
  if (!field || !status) return;

  const show = () => {
    const day = field.value;
    // A cleared or half-typed field leaves the last answer standing rather than an empty list.
    if (!isDay(day)) return;
    let count = 0;
    for (const { item, spans } of items) {
      const inForce = inSpans(spans, day);
      item.hidden = !inForce;
      if (inForce) count++;
    }
    status.textContent = inForceSummary(count, items.length, day);
  };

  field.disabled = false;
  field.addEventListener("change", show);
  field.addEventListener("input", show);
  // A browser that restores the field's value on going back shows the list for that value.
  if (field.value !== field.defaultValue) show();
}

const root = document.querySelector<HTMLElement>("[data-in-force-root]");
if (root) start(root);
