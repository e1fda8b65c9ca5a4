// Draws the dashboard's charts with Chart.js from each canvas's data-chart attribute (no inline scripts: CSP).
// Every chart has the same figures as a table next to it and a text alternative in aria-label.
(function () {
  var colours = ['#01689b', '#ca005d', '#39870c', '#e17000'];
  function draw() {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll('canvas.regie-chart[data-chart]').forEach(function (canvas) {
      var existing = window.Chart.getChart(canvas);
      if (existing) {
        existing.destroy();
      }
      var spec = JSON.parse(canvas.getAttribute('data-chart'));
      new window.Chart(canvas, {
        type: spec.type,
        data: {
          labels: spec.labels,
          datasets: spec.datasets.map(function (d, i) {
            return {label: d.label, data: d.data, backgroundColor: colours[i % colours.length],
              borderColor: colours[i % colours.length], borderDash: i > 0 && spec.type === 'line' ? [6, 4] : [], spanGaps: false};
          })
        },
        options: {
          responsive: true, maintainAspectRatio: false, animation: false,
          plugins: {legend: {display: spec.datasets.length > 1}},
          scales: {y: {beginAtZero: true, suggestedMax: spec.unit === '%' ? 100 : spec.unit === 'cijfer' ? 10 : undefined,
            title: {display: !!spec.unit, text: spec.unit}}}
        }
      });
    });
  }
  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:afterSettle', draw);
})();
