// A screenshot of a page as a signed-in reader sees it, for take.sh: Chromium's command line cannot send a cookie, so
// this drives headless Chromium over the DevTools protocol (Node 20.10+ with --experimental-websocket, or Node 22+).
//   node --experimental-websocket signed-in.mjs CHROMIUM URL COOKIE_NAME COOKIE_VALUE OUT.png WIDTH HEIGHT
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [chromium, url, cookieName, cookieValue, out, width, height] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), "newstracker-shot-"));
const browser = spawn(chromium, [
    "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--disable-background-networking",
    "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank",
], { stdio: ["ignore", "ignore", "pipe"] });

try {
    const endpoint = await new Promise((resolve, reject) => {
        let seen = "";
        browser.stderr.on("data", chunk => {
            seen += chunk;
            const found = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
            if (found) {
                resolve(found[1]);
            }
        });
        browser.on("exit", code => reject(new Error(`Chromium exited (${code}) before it listened: ${seen}`)));
        setTimeout(() => reject(new Error("Chromium did not start within 30 s.")), 30_000);
    });

    const socket = new WebSocket(endpoint);
    await new Promise((resolve, reject) => { socket.onopen = resolve; socket.onerror = reject; });
    let nextId = 0;
    const pending = new Map();
    const waiters = [];
    socket.onmessage = message => {
        const data = JSON.parse(message.data);
        if (data.id !== undefined && pending.has(data.id)) {
            const { resolve, reject } = pending.get(data.id);
            pending.delete(data.id);
            data.error ? reject(new Error(`${data.error.message}`)) : resolve(data.result);
        } else if (data.method) {
            waiters.filter(w => w.method === data.method).forEach(w => w.resolve(data.params));
        }
    };
    const send = (method, params = {}, sessionId = undefined) => new Promise((resolve, reject) => {
        const id = ++nextId;
        pending.set(id, { resolve, reject });
        socket.send(JSON.stringify({ id, method, params, sessionId }));
    });
    const event = method => new Promise(resolve => waiters.push({ method, resolve }));

    const { targetId } = await send("Target.createTarget", { url: "about:blank" });
    const { sessionId } = await send("Target.attachToTarget", { targetId, flatten: true });
    await send("Emulation.setDeviceMetricsOverride", { width: Number(width), height: Number(height), deviceScaleFactor: 1, mobile: false }, sessionId);
    await send("Network.enable", {}, sessionId);
    await send("Network.setCookie", { name: cookieName, value: cookieValue, url, httpOnly: true }, sessionId);
    await send("Page.enable", {}, sessionId);
    const loaded = event("Page.loadEventFired");
    await send("Page.navigate", { url }, sessionId);
    await loaded;
    const { data } = await send("Page.captureScreenshot", { format: "png" }, sessionId);
    writeFileSync(out, Buffer.from(data, "base64"));
    await send("Browser.close").catch(() => { });
    socket.close();
} finally {
    // The profile can go only once Chromium has stopped writing to it.
    if (browser.exitCode === null && browser.signalCode === null) {
        const exited = new Promise(resolve => browser.once("exit", resolve));
        browser.kill();
        await exited;
    }
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
}
