// Progressive enhancement for the Add page: upload with a progress bar and show results in place.
// Without JavaScript the form posts normally and the server renders the same results.
(() => {
  const form = document.getElementById('add-form');
  if (!form || !window.XMLHttpRequest || !window.DOMParser) return;
  const box = document.getElementById('add-progress');
  const bar = document.getElementById('upload-progress');
  const status = document.getElementById('upload-status');
  const results = document.getElementById('results');

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.action || window.location.href);
    box.hidden = false;
    bar.removeAttribute('value');
    status.textContent = 'Starting…';
    xhr.upload.addEventListener('progress', (e) => {
      if (!e.lengthComputable) return;
      const percent = Math.round((e.loaded / e.total) * 100);
      bar.value = percent;
      status.textContent = percent < 100 ? `Uploading: ${percent}%` : 'Reading the articles…';
      if (percent >= 100) bar.removeAttribute('value');
    });
    xhr.addEventListener('load', () => {
      box.hidden = true;
      if (xhr.status >= 200 && xhr.status < 300) {
        const page = new DOMParser().parseFromString(xhr.responseText, 'text/html');
        const fresh = page.getElementById('results');
        if (fresh) results.replaceWith(fresh);
        const errors = page.querySelector('.form-errors');
        const current = form.querySelector('.form-errors');
        if (current) current.remove();
        if (errors) form.prepend(errors);
        form.reset();
      } else if (xhr.status === 413) {
        status.textContent = 'The upload is too large as a whole. Add fewer files at once.';
        box.hidden = false;
      } else {
        status.textContent = `The server answered ${xhr.status}. Nothing was lost; try again.`;
        box.hidden = false;
      }
    });
    xhr.addEventListener('error', () => {
      status.textContent = 'The upload failed (network error). Try again.';
    });
    xhr.send(new FormData(form));
  });
})();
