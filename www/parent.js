// The platform's side of an embedded assessment: frame the embed page from
// the clinic's origin, and accept messages from that origin alone.
const here = new URL(location.href);
const clinic = new URL(location.href);
clinic.hostname = here.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
const frame = document.getElementById('frame');
const messages = document.getElementById('messages');
// `?claim=<origin>` names another parent than this page, to show that the
// embed page then neither sends to nor listens to this one.
const claimed = here.searchParams.get('claim') ?? here.origin;
frame.src = `${clinic.origin}/pkg/embed.html?parent=${encodeURIComponent(claimed)}&instruments=${here.searchParams.get('instruments') ?? 'nrs11'}`;

// The platform may choose the instruments itself, after the page is ready.
document.getElementById('phq2')?.addEventListener('click', () => {
  frame.contentWindow.postMessage({ type: 'pa-options', options: { instruments: ['phq2'] } }, clinic.origin);
});

window.addEventListener('message', (event) => {
  if (event.origin !== clinic.origin || event.source !== frame.contentWindow) return;
  const item = document.createElement('li');
  item.dataset.type = event.data?.type;
  item.textContent = event.data?.type === 'pa-complete'
    ? `pa-complete ${event.data.detail.submissionId}`
    : String(event.data?.type);
  messages.append(item);
});
