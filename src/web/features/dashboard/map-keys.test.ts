import { describe, expect, it } from 'vitest';
import { nextArea } from './map-keys.ts';

// A 3 × 2 grid, plus one area slightly off the middle row.
const centres = [
  { x: 0, y: 0 },
  { x: 10, y: 0 },
  { x: 20, y: 0 },
  { x: 0, y: 10 },
  { x: 10, y: 10 },
  { x: 20, y: 10 },
  { x: 14, y: 4 },
];

describe('nextArea', () => {
  it('moves to the neighbour in the direction of the arrow', () => {
    expect(nextArea(centres, 0, 'ArrowRight')).toBe(1);
    expect(nextArea(centres, 1, 'ArrowDown')).toBe(4);
    expect(nextArea(centres, 4, 'ArrowLeft')).toBe(3);
    expect(nextArea(centres, 3, 'ArrowUp')).toBe(0);
  });

  it('prefers the area straight ahead over a nearer one off to the side', () => {
    // (14, 4) is 4 ahead and 4 aside: 4 + 2·4 = 12; (20, 0) is 10 straight ahead: 10.
    expect(nextArea(centres, 1, 'ArrowRight')).toBe(2);
    expect(nextArea(centres, 4, 'ArrowUp')).toBe(1);
  });

  it('stays at the edge, and jumps to the first or last area on Home and End', () => {
    expect(nextArea(centres, 2, 'ArrowRight')).toBeNull();
    expect(nextArea(centres, 0, 'ArrowUp')).toBeNull();
    expect(nextArea(centres, 4, 'Home')).toBe(0);
    expect(nextArea(centres, 0, 'End')).toBe(6);
    expect(nextArea(centres, 0, 'Enter')).toBeNull();
  });
});
