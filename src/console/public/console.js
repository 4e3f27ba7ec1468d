// The console's only script: Chart.js charts from the page's JSON, a file
// read into the import form, and a confirmation before closing sessions.
// Served from /static (Content-Security-Policy: scripts from this origin only).
document.addEventListener('DOMContentLoaded', () => {
  for (const form of document.querySelectorAll('form[data-confirm]')) {
    form.addEventListener('submit', (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  }

  for (const input of document.querySelectorAll('input[type=file][data-fills]')) {
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (!file) return;
      const form = input.form;
      form.elements[input.dataset.fills].value = await file.text();
      form.elements.fileName.value = file.name;
    });
  }

  const data = document.getElementById('chart-data');
  if (!data || typeof window.Chart === 'undefined') return;
  const charts = JSON.parse(data.textContent);
  const colours = ['#2f6f9f', '#e0a030', '#9aa5b1', '#c0504d'];
  for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
    const source = charts[canvas.dataset.chart];
    if (!source) continue;
    const stacked = canvas.dataset.stacked === 'true';
    const line = canvas.dataset.type === 'line';
    new window.Chart(canvas, {
      type: canvas.dataset.type,
      data: {
        labels: source.labels,
        datasets: source.datasets.map((d, i) => ({
          ...d,
          backgroundColor: colours[i % colours.length],
          borderColor: colours[i % colours.length],
          fill: false,
          tension: line ? 0.2 : undefined,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { stacked }, y: { stacked, beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
  }
});
