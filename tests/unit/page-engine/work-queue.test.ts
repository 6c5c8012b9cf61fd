import { describe, expect, it } from 'vitest';
import { createWorkQueue } from '../../../entrypoints/content/work-queue';

const idle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('createWorkQueue', () => {
  it('runs jobs across tasks, urgent jobs first, and stops when aborted', async () => {
    const controller = new AbortController();
    const tasks: number[] = [];
    const queue = createWorkQueue({
      signal: controller.signal,
      sliceMs: 1,
      onTask: (ms) => tasks.push(ms),
    });
    const order: string[] = [];
    let slowCalls = 0;
    queue.push(() => {
      order.push('slow');
      const until = performance.now() + 0.6;
      while (performance.now() < until) {}
      return ++slowCalls === 5;
    });
    queue.push(
      () => {
        order.push('urgent');
        return true;
      },
      { first: true },
    );
    await idle();
    expect(order[0]).toBe('urgent');
    expect(slowCalls).toBe(5);
    expect(tasks.length).toBeGreaterThan(1); // the slow job did not run in one task
    expect(queue.busy).toBe(false);

    let ran = false;
    controller.abort();
    queue.push(() => {
      ran = true;
      return true;
    });
    await idle();
    expect(ran).toBe(false);
  });
});
