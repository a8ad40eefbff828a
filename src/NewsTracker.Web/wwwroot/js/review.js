// The review page without script is a set of plain forms; with it, selecting words in the text fills the
// "missed quote" passage (its words and exact offsets into the text) and moves focus to its speaker.
(function () {
    "use strict";

    // Characters from the start of the body to (node, offset): the body's text is the cleaned article text.
    function offsetIn(body, node, offset) {
        var range = document.createRange();
        range.setStart(body, 0);
        range.setEnd(node, offset);
        return range.toString().length;
    }

    function wire() {
        var body = document.getElementById("review-body");
        var text = document.getElementById("passage-text");
        var start = document.getElementById("passage-start");
        var end = document.getElementById("passage-end");
        var speaker = document.getElementById("passage-speaker");
        if (!body || !text || !start || !end) {
            return;
        }

        body.addEventListener("mouseup", function () {
            var selection = window.getSelection();
            if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
                return;
            }
            var range = selection.getRangeAt(0);
            if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) {
                return;
            }
            var from = offsetIn(body, range.startContainer, range.startOffset);
            var to = offsetIn(body, range.endContainer, range.endOffset);
            if (to <= from) {
                return;
            }
            text.value = body.textContent.slice(from, to);
            start.value = String(from);
            end.value = String(to);
            document.getElementById("passage-form").classList.add("has-passage");
            if (speaker) {
                speaker.focus();
            }
        });

        // Typed words are found in the text by the server; offsets from an earlier selection no longer apply.
        text.addEventListener("input", function () {
            start.value = "";
            end.value = "";
        });
    }

    document.addEventListener("DOMContentLoaded", wire);
})();
