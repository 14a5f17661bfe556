import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { onTestFailed } from 'vitest';

/** Debian's Chromium; CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, and nothing that reaches for the internet (updates, sync, QUIC, first-run pages). */
const FLAGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM_PATH}, which is missing. ` +
        'Install Debian\'s package with `apt-get install -y chromium` (as root), or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
}

const ARTIFACTS = new URL('../artifacts/', import.meta.url);

/** When the current test fails, saves what the page showed to test/artifacts/<name>.png. */
export function screenshotOnFailure(page: () => Page | undefined, name: string) {
  onTestFailed(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page()?.screenshot({ path: new URL(`${name}.png`, ARTIFACTS).pathname, fullPage: true });
  });
}
