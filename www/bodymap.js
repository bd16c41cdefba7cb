// The body map as a patient fills it in, and the completed map in the
// widget's read-only review mode, as a clinician would see it.
import { mount } from '/pkg/pain-assessment.js';

const patient = document.getElementById('patient');
const clinician = document.getElementById('clinician');
let review = null;

patient.addEventListener('pa-complete', async (event) => {
  document.getElementById('json').textContent = JSON.stringify(event.detail, null, 2);
  review?.destroy();
  clinician.replaceChildren();
  review = await mount(clinician, { review: event.detail });
});

// An earlier map, as a host would pass it from the patient's last visit,
// so the overlap with today's map is measured.
await mount(patient, { instruments: ['bodymap'], previousBodyMap: ['left_lower_back_back', 'right_lower_back_back', 'left_buttock_back'] });
