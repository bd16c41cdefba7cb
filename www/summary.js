// The clinician's summary of one patient: three stored responses and the
// diary of a diagnostic block, from /examples/. `?locale=es` shows it in
// Spanish.
const [responses, diary] = await Promise.all(
  ['summary-responses', 'summary-diary'].map((name) => fetch(`/examples/${name}.json`).then((r) => r.json())),
);
const locale = new URLSearchParams(location.search).get('locale') ?? undefined;
document.getElementById('summary').options = { responses, diary, locale };
