import { chromium } from "@playwright/test";

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
});
const page = await browser.newPage();
page.on("console", (m) => console.log("console:", m.type(), m.text().slice(0, 500)));
page.on("pageerror", (e) => console.log("pageerror:", e.message.slice(0, 800)));
await page.goto(process.argv[2]);
await page.waitForTimeout(1500);
console.log((await page.content()).slice(0, 300));
await browser.close();
