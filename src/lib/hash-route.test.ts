import { describe, expect, it } from 'vitest';
import { parseRoute, readHref } from './hash-route';

describe('parseRoute', () => {
  it.each([
    ['', { name: 'read', key: 'putin-high-tech-duel' }],
    ['#/', { name: 'read', key: 'putin-high-tech-duel' }],
    ['#/library', { name: 'library' }],
    ['#/read/abc123', { name: 'read', key: 'abc123' }],
    ['#/read/abc123/a/n1', { name: 'read', key: 'abc123', focus: 'n1' }],
    ['#/share/1.xyz', { name: 'share', payload: '1.xyz' }],
    ['#/save/1.xyz', { name: 'save', fragment: '#/save/1.xyz' }],
    ['#/read/<script>', { name: 'not-found', hash: '/read/<script>' }],
    ['#/elsewhere', { name: 'not-found', hash: '/elsewhere' }],
  ])('%j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
  it('round-trips readHref', () => {
    expect(parseRoute(readHref('k1', 'a9'))).toEqual({ name: 'read', key: 'k1', focus: 'a9' });
  });
});
