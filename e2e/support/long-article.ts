/**
 * The 1 MB bench article, opened as a reader opens their own file: written to the test's output
 * folder, picked with Open file, and shown once its headline is.
 */
import { writeFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { generateLongArticle } from '../../bench/long-article';
import { openDefaultArticle, pickFile } from './app';

/** Opens the long article from `outputPath` (written first) and returns its text. */
export async function openLongArticle(page: Page, outputPath: string): Promise<string> {
  const text = generateLongArticle();
  writeFileSync(outputPath, text);
  await openDefaultArticle(page);
  await pickFile(page, outputPath);
  await expect(page.getByRole('heading', { level: 1, name: /Ports, budgets and promises/ })).toBeVisible();
  return text;
}
