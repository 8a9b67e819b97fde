import type { Page } from 'playwright-core';

/** Fills and sends the sign-in form of the page it is on, as a person would. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Signs in through the form and waits for the seminars page, as a member starting a session would. */
export async function signInAs(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await submitSignIn(page, email, password);
  await page.getByRole('heading', { level: 1, name: 'Your seminars' }).waitFor();
}

/** Creates an account through the register form and waits for the seminars page, as a newcomer would. */
export async function registerInBrowser(page: Page, name: string, email: string, password: string): Promise<void> {
  await page.goto('/register');
  await page.getByLabel('Your name', { exact: true }).fill(name);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your seminars' }).waitFor();
}
