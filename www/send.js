// Mounts a one-question widget that posts to the demo receiver, and lists
// the delivery events it fires. ?timeout=N sets the time limit in seconds,
// ?format=fhir|both what is posted.
import { mount } from '/pkg/pain-assessment.js';

const log = document.getElementById('log');
const widget = document.getElementById('widget');
for (const name of ['pa-complete', 'pa-delivered', 'pa-queued', 'pa-error']) {
  widget.addEventListener(name, (event) => {
    const item = document.createElement('li');
    item.dataset.event = name;
    item.dataset.submission = event.detail?.submissionId ?? '';
    item.textContent = `${name} ${JSON.stringify(event.detail?.submissionId ?? event.detail?.message ?? '')}`;
    log.append(item);
  });
}
const query = new URLSearchParams(location.search);
const timeout = Number(query.get('timeout')) || undefined;
const format = query.get('format') ?? undefined;
// The handle, for reading the response (getResponse) from the console or a test.
window.widgetHandle = await mount(widget, { instruments: ['nrs11'], endpoint: '/api/submissions', timeoutSeconds: timeout, format });
