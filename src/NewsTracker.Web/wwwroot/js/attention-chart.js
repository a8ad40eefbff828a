// Draws each canvas[data-chart-table] from the table it names: the column heads marked data-series are the series,
// the row heads the periods, and each cell's data-value its count. The table stays on the page for screen readers
// and for anyone without script, and the chart shows nothing the table does not. No inline script: the CSP forbids it.
// data-chart-kind="stacked": stacked bars; "compare": a bar per series side by side, or lines over many periods.
(function () {
    "use strict";

    var palette = ["#4a7fc1", "#fca311", "#2a9d8f", "#e76f51", "#8e6cc9", "#6a994e", "#d62976", "#577590", "#bc6c25", "#14213d"];
    var muted = "#c8ccd2";
    var linesFrom = 13;

    function read(table) {
        var series = [];
        table.querySelectorAll("thead th").forEach(function (head, column) {
            if (head.hasAttribute("data-series")) {
                series.push({
                    label: head.getAttribute("data-series") || head.textContent.trim(),
                    column: column,
                    muted: head.getAttribute("data-muted") === "true",
                    data: []
                });
            }
        });

        var labels = [];
        table.querySelectorAll("tbody tr").forEach(function (row) {
            labels.push(row.children[0].textContent.trim());
            series.forEach(function (s) {
                var cell = row.children[s.column];
                var value = cell ? Number(cell.getAttribute("data-value")) : 0;
                s.data.push(isFinite(value) ? value : 0);
            });
        });

        return { labels: labels, series: series };
    }

    function draw(canvas) {
        var table = document.getElementById(canvas.getAttribute("data-chart-table") || "");
        if (!table || typeof window.Chart !== "function") {
            return;
        }

        var figures = read(table);
        if (figures.labels.length === 0 || figures.series.length === 0) {
            return;
        }

        var stacked = canvas.getAttribute("data-chart-kind") === "stacked";
        var lines = !stacked && figures.labels.length >= linesFrom;
        var datasets = figures.series.map(function (s, i) {
            var colour = s.muted ? muted : palette[i % palette.length];
            return {
                label: s.label,
                data: s.data,
                backgroundColor: colour,
                borderColor: colour,
                borderWidth: lines ? 2 : 0,
                pointRadius: lines ? 2 : 0,
                tension: 0.2,
                maxBarThickness: 56
            };
        });

        var chart = new window.Chart(canvas, {
            type: lines ? "line" : "bar",
            data: { labels: figures.labels, datasets: datasets },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                scales: {
                    x: { stacked: stacked },
                    y: { stacked: stacked, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "quotes" } }
                },
                plugins: {
                    legend: { position: "bottom" },
                    tooltip: { mode: "index", intersect: false }
                }
            }
        });
        canvas.setAttribute("data-chart-ready", "true");
        canvas.chart = chart;
    }

    document.addEventListener("DOMContentLoaded", function () {
        document.querySelectorAll("canvas[data-chart-table]").forEach(draw);
    });
})();
