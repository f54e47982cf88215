/**
 * A note's HTML in the Markdown export: the reader shows a note's `<img onerror>` or `<script>` as
 * the characters typed, and a note may come from someone else (a share link kept, an import). The
 * exported file, opened in a note app that renders HTML in Markdown, must show the note as the
 * reader did, with its Markdown rendered, and load or run nothing from it.
 */
import { expect, test } from '@playwright/test';
import { Marked } from 'marked';
import { openAnalysed } from './support/app';
import { exportAs } from './support/files';
import { noteOnSelection } from './support/notes';

const NOTE = 'Check **this** <img src=x onerror="window.__ran=1"> <script>window.__ran=2</script>';
const SHOWN = 'Check this <img src=x onerror="window.__ran=1"> <script>window.__ran=2</script>';

test('a note’s HTML reaches the Markdown export as the text the reader showed, and nothing in it runs', async ({
  page,
  browser,
}) => {
  test.slow(); // the article's opening and the analysis on a loaded machine
  await openAnalysed(page);
  await noteOnSelection(page, 'marathon session', NOTE);
  await page.getByRole('tab', { name: /^Notes/ }).click();
  const entry = page.getByRole('tabpanel').getByText('Check this');
  await expect(entry).toHaveText(SHOWN);

  const md = await exportAs(page, 'Markdown');
  expect(md.name).toMatch(/\.md$/);

  // The file opened in a note app that renders the HTML it finds in Markdown (marked's default).
  const viewer = await browser.newPage();
  await viewer.setContent(
    `<main>${new Marked().parse(md.body.split('\n---\n').slice(1).join('\n---\n'), { async: false })}</main>`,
  );
  const note = viewer.getByText('Check this');
  await expect(note).toHaveText(SHOWN);
  await expect(note.locator('strong')).toHaveText('this');
  await expect(viewer.locator('img, script')).toHaveCount(0);
  expect(await viewer.evaluate(() => (window as { __ran?: number }).__ran)).toBeUndefined();
  await viewer.close();
});
