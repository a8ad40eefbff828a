// Draws a speaker's quotes per month, stacked by topic, from the JSON in the canvas's data-timeline
// attribute ([{ year, month, topic, count }]). No inline script: the CSP forbids it.
(function () {
    "use strict";

    var palette = ["#fca311", "#4a7fc1", "#2a9d8f", "#e76f51", "#8e6cc9", "#6a994e", "#d62976", "#577590", "#bc6c25", "#14213d"];
    var noTopic = "(no topic)";

    function monthKey(year, month) {
        return year * 12 + (month - 1);
    }

    function monthLabel(key) {
        var date = new Date(Date.UTC(Math.floor(key / 12), key % 12, 1));
        return date.toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
    }

    function build(points) {
        var keys = points.map(function (p) { return monthKey(p.year, p.month); });
        var first = Math.min.apply(null, keys);
        var last = Math.max.apply(null, keys);
        // A continuous run of months, so quiet months show as gaps rather than vanishing.
        var months = [];
        for (var k = first; k <= last && months.length < 240; k++) {
            months.push(k);
        }

        var topics = [];
        points.forEach(function (p) {
            if (topics.indexOf(p.topic) < 0) {
                topics.push(p.topic);
            }
        });
        topics.sort(function (a, b) {
            if (a === noTopic) { return 1; }
            if (b === noTopic) { return -1; }
            return a.localeCompare(b);
        });

        var datasets = topics.map(function (topic, i) {
            var counts = months.map(function () { return 0; });
            points.forEach(function (p) {
                var index = months.indexOf(monthKey(p.year, p.month));
                if (p.topic === topic && index >= 0) {
                    counts[index] += p.count;
                }
            });
            return {
                label: topic,
                data: counts,
                backgroundColor: topic === noTopic ? "#c8ccd2" : palette[i % palette.length],
                borderWidth: 0,
                maxBarThickness: 56
            };
        });

        return { labels: months.map(monthLabel), datasets: datasets };
    }

    function draw(canvas) {
        var points;
        try {
            points = JSON.parse(canvas.getAttribute("data-timeline") || "[]");
        } catch (e) {
            return;
        }
        if (!Array.isArray(points) || points.length === 0 || typeof window.Chart !== "function") {
            return;
        }

        var chart = new window.Chart(canvas, {
            type: "bar",
            data: build(points),
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                scales: {
                    x: { stacked: true },
                    y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "quotes" } }
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
        document.querySelectorAll("canvas[data-timeline]").forEach(draw);
    });
})();
