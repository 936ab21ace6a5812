/**
 * Splits Lighthouse's simulated Total Blocking Time by when each task really ran: before the
 * page's first contentful paint, or after it.
 *
 * Why: Lantern starts the TBT window at an FCP it estimates from a smaller graph: the first
 * parse, the first layout, the first paint and the render-blocking requests
 * (@paulirish/trace_engine, lantern/metrics/FirstContentfulPaint.js, getRenderBlockingNodeData).
 * Other tasks before the paint (committing the navigation, the next chunks of HTML parsing) are
 * only in the full graph it simulates the tasks with, so there the paint task can end past the
 * estimated FCP and its tail counts as blocking. A page without any script then shows TBT for
 * work it did before anything was on screen. The split tells that apart from a long task after
 * the paint, which is what TBT is meant to catch.
 */
import {LanternFirstContentfulPaint} from 'lighthouse/core/computed/metrics/lantern-first-contentful-paint.js';
import {LanternInteractive} from 'lighthouse/core/computed/metrics/lantern-interactive.js';
import {LanternTotalBlockingTime} from 'lighthouse/core/computed/metrics/lantern-total-blocking-time.js';
import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js';

const {TBTUtils} = Lantern.Metrics;

/**
 * @param estimates each of Lantern's two estimates with its weight, window and tasks; a task has
 *   its simulated `start`, `end` and `duration` (ms) and `beforePaint`: whether it ended before the
 *   observed FCP.
 * @returns the weighted TBT, and the part of it from tasks that ran before the first paint.
 */
export function splitBlockingTime(estimates) {
  let total = 0;
  let beforePaint = 0;
  for (const {weight, fcpMs, ttiMs, tasks} of estimates) {
    for (const task of tasks) {
      const ms = weight * TBTUtils.calculateTbtImpactForEvent(task, fcpMs, ttiMs);
      total += ms;
      if (task.beforePaint) beforePaint += ms;
    }
  }
  return {total, beforePaint, afterPaint: total - beforePaint};
}

/**
 * Recomputes a mobile Lighthouse result's TBT from its artifacts (the same computed artifacts
 * as the audit, so the total matches it) and splits it.
 */
export async function blockingTimeByFirstPaint(result) {
  const {artifacts, lhr} = result;
  const settings = lhr.configSettings;
  const data = {
    trace: artifacts.Trace,
    devtoolsLog: artifacts.DevtoolsLog,
    gatherContext: artifacts.GatherContext,
    settings,
    URL: artifacts.URL,
    simulator: null,
  };
  const context = {computedCache: new Map(), settings};
  const fcp = await LanternFirstContentfulPaint.request(data, context);
  const tti = await LanternInteractive.request(data, context);
  const tbt = await LanternTotalBlockingTime.request(data, context);
  const paintTs = lhr.audits.metrics.details.items[0].observedFirstContentfulPaintTs;
  const tasks = (simulation) =>
    [...simulation.nodeTimings]
      .filter(([node]) => node.type === 'cpu')
      .map(([node, timing]) => ({
        start: timing.startTime,
        end: timing.endTime,
        duration: timing.duration,
        beforePaint: node.endTime <= paintTs,
      }));
  // TotalBlockingTime.getEstimateFromSimulation: the optimistic estimate takes the pessimistic
  // FCP and the optimistic TTI, and the other way round; each weighs 0.5 (its coefficients).
  const split = splitBlockingTime([
    {
      weight: 0.5,
      fcpMs: fcp.pessimisticEstimate.timeInMs,
      ttiMs: tti.optimisticEstimate.timeInMs,
      tasks: tasks(tbt.optimisticEstimate),
    },
    {
      weight: 0.5,
      fcpMs: fcp.optimisticEstimate.timeInMs,
      ttiMs: tti.pessimisticEstimate.timeInMs,
      tasks: tasks(tbt.pessimisticEstimate),
    },
  ]);
  const audited = lhr.audits['total-blocking-time'].numericValue;
  if (Math.abs(split.total - audited) > 0.5) {
    throw new Error(
      `blocking-split.mjs: recomputed TBT ${split.total} ms differs from Lighthouse's ${audited} ms; Lighthouse's Lantern changed, update the split`,
    );
  }
  return split;
}
