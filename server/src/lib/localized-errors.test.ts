import { describe, expect, it } from 'vitest';
import { requestLocale } from './localized-errors.ts';

const localeOf = (header?: string) => requestLocale({ headers: new Headers(header === undefined ? {} : { 'accept-language': header }) });

describe('requestLocale', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['id', 'id'],
    ['id-ID', 'id'],
    ['in-ID', 'id'],
    ['ID-id,en;q=0.5', 'id'],
    ['en-US,en;q=0.9,id;q=0.8', 'en'],
    ['id;q=0.5, en;q=0.8', 'en'],
    ['fr-FR, id;q=0.5', 'id'],
    ['fr, de', 'en'],
    ['*', 'en'],
    ['id;q=0', 'en'],
    ['garbage;;;,,q=x', 'en'],
  ])('reads %j as %s', (header, locale) => {
    expect(localeOf(header)).toBe(locale);
  });
});
