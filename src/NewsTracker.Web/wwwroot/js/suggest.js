// Name suggestions for filter boxes that declare data-suggest="speaker|actor|topic" and list="<datalist id>".
// The boxes take any name, alias or slug without this script; it only fills their datalist as the analyst types.
(function () {
    "use strict";

    function wire(input) {
        var kind = input.getAttribute("data-suggest");
        var list = document.getElementById(input.getAttribute("list") || "");
        if (!kind || !list) {
            return;
        }

        var timer = 0;
        var asked = "";
        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(function () {
                var text = input.value.trim();
                if (text.length < 2 || text === asked) {
                    return;
                }

                asked = text;
                fetch("/api/suggest?kind=" + encodeURIComponent(kind) + "&q=" + encodeURIComponent(text), { headers: { Accept: "application/json" } })
                    .then(function (response) { return response.ok ? response.json() : []; })
                    .then(function (names) {
                        list.replaceChildren.apply(list, names.map(function (name) {
                            var option = document.createElement("option");
                            option.value = name.name;
                            return option;
                        }));
                    })
                    .catch(function () { /* suggestions are a convenience; the filter still works */ });
            }, 200);
        });
    }

    document.querySelectorAll("input[data-suggest]").forEach(wire);
})();
