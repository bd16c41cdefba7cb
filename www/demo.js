// Shows what the widget on the demo page reports: each event's name, the
// latest response as JSON, and any safety flags or errors in words.
const widget = document.getElementById('widget');
const events = document.getElementById('events');
const json = document.getElementById('json');
const notice = document.getElementById('notice');

function logEvent(name) {
  const last = events.lastElementChild;
  if (last && last.dataset.name === name) {
    last.dataset.count = Number(last.dataset.count) + 1;
    last.textContent = `${name} ×${last.dataset.count}`;
    return;
  }
  const item = document.createElement('li');
  item.dataset.name = name;
  item.dataset.count = 1;
  item.textContent = name;
  events.append(item);
}

function showResponse(event) {
  json.textContent = JSON.stringify(event.detail, null, 2);
}

widget.addEventListener('pa-change', (event) => { logEvent('pa-change'); showResponse(event); });
widget.addEventListener('pa-complete', (event) => { logEvent('pa-complete'); showResponse(event); });
widget.addEventListener('pa-safety', (event) => {
  logEvent('pa-safety');
  const flags = event.detail?.flags ?? [];
  notice.className = 'notice safety';
  notice.textContent = flags.map((flag) => `Safety: ${flag.message}`).join(' ');
});
widget.addEventListener('pa-error', (event) => {
  logEvent('pa-error');
  notice.className = 'notice error';
  notice.textContent = `Error (${event.detail?.category}): ${event.detail?.message}`;
});
