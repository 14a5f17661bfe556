// The built panel under the server's Content-Security-Policy (server/src/http.ts), in headless
// Chromium: signing in, the dashboard with its charts, a list, a form and a record load and
// work with no violation reported, while an inline script (what an XSS would inject) is blocked.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium, screenshotOnFailure } from '../support/browser.ts';
import { ADMIN, startServer, type RunningServer } from '../support/server.ts';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext | undefined;
let page: Page | undefined;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer({ adminDir: inject('adminDist') })]);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

declare global {
  interface Window {
    __cspViolations?: string[];
    __inlineRan?: boolean;
  }
}

it('loads and works under its Content-Security-Policy with no violation, and blocks an inline script', async () => {
  screenshotOnFailure(() => page, 'csp');
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, timezoneId: 'Asia/Jakarta', locale: 'id-ID' });
  context.setDefaultTimeout(15_000);
  // Both ways a browser reports a violation: the console line and the DOM event.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__cspViolations!.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const consoleViolations: string[] = [];
  page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) consoleViolations.push(message.text());
  });
  const p = page;

  const landing = await p.goto(server.origin);
  expect(landing?.headers()['content-security-policy']).toMatch(/script-src 'self';/);
  expect(landing?.headers()['x-frame-options']).toBe('DENY');

  await p.getByLabel('Nama pengguna').fill(ADMIN.username);
  await p.getByRole('textbox', { name: 'Kata sandi' }).fill(ADMIN.password);
  await p.getByRole('button', { name: 'Masuk' }).click();
  // The dashboard, its charts loaded by dynamic import.
  await p.getByRole('region', { name: 'Peserta Bimtek', exact: true }).waitFor();
  await p.locator('svg.recharts-surface').first().waitFor();
  // A list, a record and a form.
  await p.goto(`${server.origin}/#/beneficiaries`);
  await p.locator('table tbody tr').first().click();
  await p.waitForURL(/#\/beneficiaries\/\d+/);
  await p.goto(`${server.origin}/#/beneficiaries/create`);
  await p.getByLabel('NIK', { exact: true }).fill('123');
  // A reload of a client route comes back as the panel (the SPA fallback), still under the policy.
  await p.reload();
  await p.getByLabel('NIK', { exact: true }).waitFor();

  expect(consoleViolations).toEqual([]);
  expect(await p.evaluate(() => window.__cspViolations)).toEqual([]);

  // The policy is enforced, not only sent: an injected inline script does not run.
  const ran = await p.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.appendChild(script);
    return window.__inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => p.evaluate(() => window.__cspViolations)).toEqual(['script-src-elem inline']);
});
