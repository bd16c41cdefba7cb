// Mounts the widget with the module's `mount` instead of the custom element.
import { mount } from '/pkg/pain-assessment.js';

const output = document.getElementById('response');
let handle = await mount(document.getElementById('here'), { instruments: ['phq9'], locale: 'en' });

document.getElementById('get-response').addEventListener('click', () => {
  output.textContent = handle ? JSON.stringify(handle.getResponse(), null, 2) : 'The widget was destroyed.';
});

document.getElementById('destroy').addEventListener('click', () => {
  if (handle) handle.destroy();
  handle = null;
  output.textContent = 'The widget was destroyed.';
});
