/** Steps a person takes, shared by the specs. */
import { expect, type Page } from '@playwright/test';

export const DEFAULT_TITLE = /Putin challenges the West/;

export async function openDefaultArticle(page: Page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: DEFAULT_TITLE })).toBeVisible();
}

/** Picks a file the way a person does: the "Open file" button, then the file chooser. */
export async function pickFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file' }).click();
  await (await chooser).setFiles(file);
}

/** Drags a file from the desktop onto the page. */
export async function dropFile(page: Page, name: string, content: string, type = 'text/plain') {
  const dataTransfer = await page.evaluateHandle(
    ({ name, content, type }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], name, { type }));
      return dt;
    },
    { name, content, type },
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop a .txt, .md or .html file to open it')).toBeVisible();
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}
