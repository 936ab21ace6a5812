import {describe, expect, it} from 'vitest';
import {splitBlockingTime} from '../../../bench/blocking-split.mjs';

// One Lantern estimate: TBT counts from FCP (1000 ms) to TTI (2000 ms), at half weight.
const estimate = (tasks: {start: number; end: number; beforePaint: boolean}[]) => ({
  weight: 0.5,
  fcpMs: 1000,
  ttiMs: 2000,
  tasks: tasks.map((task) => ({...task, duration: task.end - task.start})),
});

describe('the benchmark splits Lighthouse TBT by when each task ran', () => {
  it('charges the tail of a paint task that the simulation pushed past its FCP to work before FCP', () => {
    // The paint: ran before FCP, simulated to end 200 ms after the estimated FCP, in both estimates.
    const paint = estimate([{start: 900, end: 1200, beforePaint: true}]);
    const split = splitBlockingTime([paint, paint]);
    expect(split).toEqual({total: 150, beforePaint: 150, afterPaint: 0});
  });

  it('charges a long script task after the paint to work after FCP', () => {
    const split = splitBlockingTime([
      estimate([
        {start: 900, end: 1100, beforePaint: true},
        {start: 1500, end: 1620, beforePaint: false},
      ]),
    ]);
    // 0.5 × (100 − 50) before, 0.5 × (120 − 50) after.
    expect(split).toEqual({total: 60, beforePaint: 25, afterPaint: 35});
  });

  it('counts nothing outside the window or under 50 ms, as Lantern does', () => {
    const split = splitBlockingTime([
      estimate([
        {start: 700, end: 990, beforePaint: true},
        {start: 1300, end: 1349, beforePaint: false},
        {start: 2100, end: 2400, beforePaint: false},
      ]),
    ]);
    expect(split).toEqual({total: 0, beforePaint: 0, afterPaint: 0});
  });
});
