import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { projectRoot } from '../../shared/paths';

/** Debian's Chromium (`apt-get install chromium`); browser downloads do not work here. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Screenshots and PDFs of the browser tests (gitignored). */
export const TEST_OUTPUT = join(projectRoot(), 'test-output');

export function outputFile(name: string): string {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  return join(TEST_OUTPUT, name);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // Without the background-networking flags Chromium keeps calling home, which this
    // network refuses; the pages must work with nothing but the gateway.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console messages about the content-security policy (a violation is a bug). */
  cspViolations: string[];
  /** Requests to anywhere but the gateway (an intranet page must make none). */
  foreignRequests: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
}

/** Where the pages keep the signed-in token (web/common/session.ts). */
const TOKEN_KEY = 'reemp.token';

/**
 * A fresh context (own storage) and page that records what must never happen. With
 * `token`, the context starts signed in at `origin` (the token already in its storage), so
 * a test needs no other test's sign-in.
 */
export async function watchedPage(browser: Browser, origin: string, token?: string): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    ...(token ? { storageState: { cookies: [], origins: [{ origin, localStorage: [{ name: TOKEN_KEY, value: token }] }] } } : {}),
  });
  const page = await context.newPage();
  const watched: WatchedPage = { page, context, cspViolations: [], foreignRequests: [], pageErrors: [] };
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) watched.cspViolations.push(message.text());
  });
  page.on('pageerror', (error) => watched.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watched.foreignRequests.push(url);
  });
  return watched;
}

/** Signs in on /dashboard by pasting `token`, as a person would. */
export async function signInByPasting(page: Page, origin: string, token: string, hash = ''): Promise<void> {
  await page.goto(`${origin}/dashboard${hash}`);
  await page.locator('#token').fill(token);
  await page.getByRole('button', { name: /登录/ }).click();
}

/** A signed-in page of its own, opened at `/dashboard{hash}` and rendered. */
export async function signedInPage(browser: Browser, origin: string, token: string, hash: string): Promise<WatchedPage> {
  const watched = await watchedPage(browser, origin, token);
  await watched.page.goto(`${origin}/dashboard${hash}`);
  await dashboardReady(watched.page);
  return watched;
}

/** Waits until the dashboard has rendered the current route. */
export async function dashboardReady(page: Page): Promise<void> {
  await page.locator('#app[data-ready="true"]').waitFor();
}
