#!/usr/bin/env bash
# Takes the README's screenshots again: builds the app, starts it on a temporary SQLite file with the seeds and a
# small generated archive, waits for /health/ready, shoots each page with headless Chromium at 1280 px wide, and
# stops the app. Needs the .NET SDK, Chromium (apt-get install -y chromium), curl and jq, and Node 20.10+ for the
# signed-in /Searches shot (skipped without it); ImageMagick's convert, when present, reduces the PNGs to 256
# colours to keep them small.
#
#   bash docs/screenshots/take.sh            # every shot into docs/screenshots/
#   PORT=5099 ARTICLES=300 bash docs/screenshots/take.sh
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out="$repo/docs/screenshots"
port=${PORT:-5098}
articles=${ARTICLES:-300}
chromium=${CHROMIUM:-/usr/bin/chromium}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
db="$work/newstracker.db"
app_pid=""

stop_app() {
    if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid"
        wait "$app_pid" 2>/dev/null || true
    fi
    app_pid=""
}

cleanup() {
    stop_app
    rm -rf "$work"
}
trap cleanup EXIT

for tool in "$chromium" curl jq dotnet awk; do
    command -v "$tool" >/dev/null || { echo "take.sh needs $tool" >&2; exit 1; }
done

# The app's settings for this run, as environment variables (README, Configuration).
export ASPNETCORE_ENVIRONMENT=Development
export ConnectionStrings__NewsTracker="Data Source=$db"
export Seeding__Folder="$repo/seeds"
export Seeding__ImportWhenEmpty=true
export DataProtection__KeysFolder="$work/keys"
export Feeds__RunInBackground=false
export Serilog__MinimumLevel__Default=Warning
export Serilog__WriteTo__1__Args__path="$work/logs/web-.log"

echo "Building the web app and the command line..."
dotnet build "$repo/src/NewsTracker.Web" -c Release -v quiet -nologo >/dev/null
dotnet build "$repo/src/NewsTracker.Cli" -c Release -v quiet -nologo >/dev/null
web_dll="$repo/src/NewsTracker.Web/bin/Release/net10.0/NewsTracker.Web.dll"
cli_dll="$repo/src/NewsTracker.Cli/bin/Release/net10.0/newstracker.dll"

start_app() {
    dotnet "$web_dll" --contentRoot "$repo/src/NewsTracker.Web" --urls "$base" >"$work/web.out" 2>&1 &
    app_pid=$!
    for _ in $(seq 1 120); do
        if curl -fs -o /dev/null "$base/health/ready"; then
            return 0
        fi
        kill -0 "$app_pid" 2>/dev/null || { cat "$work/web.out" >&2; echo "The app stopped." >&2; exit 1; }
        sleep 1
    done
    echo "The app was not ready within two minutes." >&2
    exit 1
}

# The antiforgery token of the first form on a page read from standard input.
form_token() {
    grep -o '__RequestVerificationToken[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'
}

# First start: migrations, reference actors and topics, the seed articles. A reader signs in and saves two searches,
# so that /Searches has something to count once the archive grows. Then a generated archive beside the seeds,
# imported with the app stopped, so that the charts, the matrix and the timelines have something to show.
start_app
reader=reader@example.org
password="Screenshots-$(date +%s)-Reader"
printf '%s\n' "$password" | dotnet "$cli_dll" users add --email "$reader" --role analyst --connection "Data Source=$db" >/dev/null
jar="$work/cookies.txt"
token=$(curl -fs -c "$jar" -b "$jar" "$base/Account/SignIn" | form_token)
curl -fs -c "$jar" -b "$jar" -o /dev/null --data-urlencode "Input.Email=$reader" --data-urlencode "Input.Password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/Account/SignIn"
for saved in "Energy talk in the alliance|?topic=energy&affiliation=NATO" "Ceasefire, newest first|?q=ceasefire" "Sanctions in direct quotes|?topic=sanctions&kind=direct"; do
    token=$(curl -fs -c "$jar" -b "$jar" "$base/Quotes${saved#*|}" | form_token)
    curl -fs -c "$jar" -b "$jar" -o /dev/null --data-urlencode "Input.Name=${saved%%|*}" --data-urlencode "Input.Query=${saved#*|}" \
        --data-urlencode "__RequestVerificationToken=$token" "$base/Searches/Save"
done
auth_cookie=$(awk '$6 == "NewsTracker.Auth" { print $7 }' "$jar")
stop_app
dotnet "$cli_dll" generate --articles "$articles" --out "$work/archive" >/dev/null
dotnet "$cli_dll" import "$work/archive" --connection "Data Source=$db" >/dev/null
start_app

# The statement carried by the most articles, and the topic Stoltenberg has spoken on most.
statement=$(curl -fsS "$base/api/quotes/export?format=json" | jq -r 'group_by(.statementId) | max_by(length) | .[0].statementId')
topic=$(curl -fsS "$base/api/speakers/jens-stoltenberg/timeline" \
    | jq -r '.items | group_by(.topic) | max_by(map(.count) | add) | .[0].topic')
topic_slug=$(curl -fsS "$base/api/topics" | jq -r --arg name "$topic" '.items[] | select(.name == $name) | .slug')

shoot() {
    local name=$1 path=$2 height=${3:-1600}
    # The virtual time budget lets the page's scripts (suggestions, Chart.js and its animation) finish first.
    "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --disable-background-networking \
        --virtual-time-budget=5000 --window-size="1280,$height" --screenshot="$out/$name.png" "$base$path" >/dev/null 2>&1
    if convert -version 2>/dev/null | grep -q ImageMagick; then
        convert "$out/$name.png" -dither None -colors 256 "PNG8:$out/$name.png"
    fi
    echo "$name.png  $(($(stat -c %s "$out/$name.png") / 1024)) KB  $path"
}

# A page as the signed-in reader sees it, through signed-in.mjs (Chromium's command line cannot send a cookie).
shoot_signed_in() {
    local name=$1 path=$2 height=${3:-1000}
    if ! node --experimental-websocket -e 'process.exit(typeof WebSocket === "function" ? 0 : 1)' 2>/dev/null; then
        echo "$name.png  skipped: needs Node 20.10 or later"
        return 0
    fi
    node --experimental-websocket "$out/signed-in.mjs" "$chromium" "$base$path" NewsTracker.Auth "$auth_cookie" "$out/$name.png" 1280 "$height"
    if convert -version 2>/dev/null | grep -q ImageMagick; then
        convert "$out/$name.png" -dither None -colors 256 "PNG8:$out/$name.png"
    fi
    echo "$name.png  $(($(stat -c %s "$out/$name.png") / 1024)) KB  $path (signed in)"
}

mkdir -p "$out"
shoot home "/"
shoot quotes-search "/Quotes?q=ceasefire+OR+%22combat+troops%22&sort=relevance"
shoot speaker "/Speakers/jens-stoltenberg?by=month"
shoot compare "/Compare?speakers=jens-stoltenberg,sergei-lavrov&by=month"
shoot matrix "/Matrix"
shoot position-timeline "/Speakers/jens-stoltenberg/Positions?topic=$topic_slug" 1400
shoot statement "/Statements/$statement"
shoot_signed_in searches "/Searches"
