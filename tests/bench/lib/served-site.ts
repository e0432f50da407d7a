/** A built site served by the browser tests' static server, and Debian's Chromium to visit it. */
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from '@playwright/test';
import { createStaticServer } from '../../browser/static-server.mjs';

export async function withServedSite<T>(distDir: string, visit: (browser: Browser, origin: string) => Promise<T>): Promise<T> {
  const server = createStaticServer(distDir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    return await visit(browser, `http://127.0.0.1:${port}`);
  } finally {
    await browser.close();
    server.close();
  }
}
