import { chromium } from 'playwright-core';
const [base, cancelId, terminateId] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1500, height: 1100 } });
async function open(id) {
  await page.goto(`${base}/namespaces/default/workflows/${id}`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: 'More Actions' }).filter({ visible: true }).first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(2500);
}
await open(cancelId);
await page.screenshot({ path: `./${cancelId}-before.png`, fullPage: true });
await page.getByRole('button', { name: 'Request Cancellation' }).filter({ visible: true }).first().click();
await page.waitForTimeout(800);
await page.screenshot({ path: `./${cancelId}-modal.png` });
await page.getByRole('button', { name: 'Confirm' }).filter({ visible: true }).first().click();
await page.waitForTimeout(6000);
await page.reload({ waitUntil: 'domcontentloaded' });
await page.waitForTimeout(5000);
await page.screenshot({ path: `./${cancelId}-after.png`, fullPage: true });

await open(terminateId);
await page.getByRole('button', { name: 'More Actions' }).filter({ visible: true }).first().click();
await page.waitForTimeout(500);
await page.getByText('Terminate', { exact: true }).filter({ visible: true }).first().click();
await page.waitForTimeout(800);
const reason = page.locator('input[placeholder], textarea').filter({ hasNot: page.locator('[type=hidden]') });
await page.locator('input[id*="reason"], textarea').filter({ visible: true }).first().fill('operator walk: stale phase').catch(e => console.log('no reason field', e.message));
await page.screenshot({ path: `./${terminateId}-modal.png` });
await page.getByRole('button', { name: 'Terminate' }).filter({ visible: true }).last().click();
await page.waitForTimeout(6000);
await page.reload({ waitUntil: 'domcontentloaded' });
await page.waitForTimeout(5000);
await page.screenshot({ path: `./${terminateId}-after.png`, fullPage: true });
await page.goto(`${base}/namespaces/default/workflows?query=${encodeURIComponent('KeelOutcome="cancelled"')}`, { waitUntil: 'domcontentloaded' });
await page.waitForTimeout(6000);
await page.screenshot({ path: `./list-cancelled.png` });
await browser.close();
