// Progressive enhancements for every page. The pages work without this script.
(function () {
    "use strict";

    // A live character count under textareas that declare data-max-length.
    function wireCharCount(textarea) {
        var max = parseInt(textarea.getAttribute("data-max-length"), 10);
        var ids = (textarea.getAttribute("aria-describedby") || "").split(/\s+/);
        var output = null;
        ids.forEach(function (id) {
            var el = id ? document.getElementById(id) : null;
            if (el && el.classList.contains("char-count")) {
                output = el;
            }
        });
        if (!output || !max) {
            return;
        }

        var format = new Intl.NumberFormat("en-GB");
        function update() {
            var length = textarea.value.length;
            output.textContent = format.format(length) + " of " + format.format(max) + " characters";
            output.classList.toggle("is-over", length > max);
        }

        textarea.addEventListener("input", update);
        update();
    }

    // Following a "Show in text" link briefly outlines the highlighted quote.
    function wireQuoteFocus() {
        document.querySelectorAll("a[href^='#q-']").forEach(function (link) {
            link.addEventListener("click", function () {
                var target = document.getElementById(link.getAttribute("href").slice(1));
                if (!target) {
                    return;
                }
                document.querySelectorAll("mark.q.is-focused").forEach(function (m) { m.classList.remove("is-focused"); });
                target.classList.add("is-focused");
            });
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        document.querySelectorAll("textarea[data-max-length]").forEach(wireCharCount);
        wireQuoteFocus();
    });
})();
