import { describe, expect, it } from 'vitest';
import { formatSize } from './ArtefactUpload';

describe('formatSize', () => {
  it('says bytes in full, and kilobytes and megabytes short', () => {
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(93)).toBe('93 bytes');
    expect(formatSize(820_000)).toBe('820 kB');
    expect(formatSize(4_200_000)).toBe('4.2 MB');
  });
});
