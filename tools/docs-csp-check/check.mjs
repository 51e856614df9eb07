import { chromium } from 'playwright-core';
// Opens /docs, waits for the operations, runs "Try it out" on GET /health, and fails on any CSP refusal,
// page error or failed request.
const base = process.argv[2] ?? 'http://127.0.0.1:8080';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const problems = [];
page.on('console', m => {
  if (m.type() === 'error' || /Content Security Policy|Refused/.test(m.text())) problems.push(`console: ${m.text()}`);
});
page.on('pageerror', e => problems.push(`pageerror: ${e.message}`));
page.on('requestfailed', r => problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`));
const response = await page.goto(`${base}/docs`, { waitUntil: 'networkidle' });
const csp = response.headers()['content-security-policy'];
await page.waitForSelector('.opblock', { timeout: 20000 });
const operations = await page.$$eval('.opblock', els => els.length);
await page.screenshot({ path: './docs.png' });
await page.click('.opblock-get .opblock-summary-path[data-path="/health"]');
await page.click('.try-out__btn');
await page.click('.execute');
await page.waitForSelector('.live-responses-table .response-col_status', { timeout: 15000 });
await page.waitForTimeout(1000);
const status = await page.$$eval('.live-responses-table tbody .response-col_status', e => e.map(x => x.textContent.trim()));
await page.screenshot({ path: './docs-try-it-out.png' });
await browser.close();
console.log(JSON.stringify({ csp, operations, tryItOutStatus: status, problems }, null, 1));
process.exit(csp && operations > 0 && status.includes('200') && problems.length === 0 ? 0 : 1);
