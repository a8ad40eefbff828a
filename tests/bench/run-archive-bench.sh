#!/usr/bin/env bash
# The archive benchmark: builds Release, generates a synthetic archive, imports it into a fresh SQLite
# database (timed, with peak RSS), serves that database with the Release web app on 127.0.0.1 and times
# pages and API with `newstracker bench`, then prints everything.
#
#   bash tests/bench/run-archive-bench.sh [ARTICLES=100000]
#
# Environment: PORT (5099), SEED (1), DURATION (30), CONCURRENCY (16), REQUESTS (30), KEEP=1 keeps the
# temporary folder (archive, database, logs) instead of deleting it.
set -euo pipefail

articles="${1:-100000}"
port="${PORT:-5099}"
seed="${SEED:-1}"
duration="${DURATION:-30}"
concurrency="${CONCURRENCY:-16}"
requests="${REQUESTS:-30}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/newstracker-bench.XXXXXX")"
cli="$root/src/NewsTracker.Cli/bin/Release/net10.0/newstracker"
web_project="$root/src/NewsTracker.Web"
web="$web_project/bin/Release/net10.0/NewsTracker.Web"
url="http://127.0.0.1:$port"
db="$work/bench.db"
web_pid=""

cleanup() {
    if [[ -n "$web_pid" ]] && kill -0 "$web_pid" 2>/dev/null; then
        kill "$web_pid" 2>/dev/null || true
        wait "$web_pid" 2>/dev/null || true
    fi
    if [[ "${KEEP:-0}" == 1 ]]; then
        echo "Kept $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

field() { grep -m1 "$1" "$2" | sed 's/.*:[[:space:]]\+//'; }

if curl -s -o /dev/null --max-time 2 "$url/"; then
    echo "Something already answers on $url; set PORT to a free port." >&2
    exit 2
fi

echo "== Build (Release)"
dotnet build "$root/src/NewsTracker.Cli" -c Release -nologo -v q
dotnet build "$web_project" -c Release -nologo -v q

echo "== Generate $articles articles (seed $seed)"
/usr/bin/time -v -o "$work/generate.time" "$cli" generate --articles "$articles" --seed "$seed" --out "$work/archive"
archive_size="$(du -sh "$work/archive" | cut -f1)"

echo "== Import into $db"
/usr/bin/time -v -o "$work/import.time" "$cli" import "$work/archive" --connection "Data Source=$db" > "$work/import.log" 2>&1 \
    || { echo "Import failed:" >&2; tail -n 20 "$work/import.log" >&2; exit 1; }
import_summary="$(grep -E '^(Imported|Took) ' "$work/import.log" || true)"
echo "$import_summary"

echo "== Start the web app on $url"
# The content root is the project folder, as with `dotnet run`, so wwwroot and appsettings.json are found;
# the rolling log file goes to the temporary folder. env execs the app, so $! is the app's own PID.
env -C "$web_project" ConnectionStrings__NewsTracker="Data Source=$db" Seeding__ImportWhenEmpty=false \
    ASPNETCORE_ENVIRONMENT=Production Serilog__WriteTo__1__Args__path="$work/logs/web-.log" \
    "$web" --urls "$url" > "$work/web.log" 2>&1 &
web_pid=$!

started="$(date +%s)"
until curl -s -o /dev/null --fail --max-time 5 "$url/api/topics"; do
    if ! kill -0 "$web_pid" 2>/dev/null; then
        echo "The web app exited:" >&2
        tail -n 30 "$work/web.log" >&2
        exit 1
    fi
    if (( $(date +%s) - started > 180 )); then
        echo "The web app did not answer within 180 s." >&2
        exit 1
    fi
    sleep 1
done
echo "Answering after $(( $(date +%s) - started )) s."

echo "== Bench"
bench_status=0
"$cli" bench --url "$url" --duration "$duration" --concurrency "$concurrency" --requests "$requests" | tee "$work/bench.txt" || bench_status=$?

web_peak="$(field VmHWM "/proc/$web_pid/status")"
web_now="$(field VmRSS "/proc/$web_pid/status")"
kill "$web_pid"
wait "$web_pid" 2>/dev/null || true
web_pid=""

echo
echo "== Summary ($articles articles, seed $seed)"
echo "Generate:  $(field 'Elapsed (wall clock)' "$work/generate.time") wall, peak RSS $(field 'Maximum resident' "$work/generate.time") KB, archive $archive_size"
echo "Import:    $(field 'Elapsed (wall clock)' "$work/import.time") wall, peak RSS $(field 'Maximum resident' "$work/import.time") KB, database $(du -h "$db" | cut -f1)"
echo "           ${import_summary//$'\n'/$'\n'           }"
echo "Web app:   peak RSS (VmHWM) $web_peak, RSS after the bench $web_now"
echo "Bench:     exit status $bench_status (1 means some requests failed; see the errors above)"
exit "$bench_status"
