import { afterEach, describe, expect, it, vi } from 'vitest';
import { idleTask } from '../../src/lib/components/idleTask.ts';

describe('idleTask', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs only the latest task, once, when idle', () => {
    vi.useFakeTimers();
    const ran: string[] = [];
    const pending = idleTask();
    pending.set(() => ran.push('first'));
    pending.set(() => ran.push('second'));
    expect(ran).toEqual([]);
    vi.runAllTimers();
    expect(ran).toEqual(['second']);
    vi.runAllTimers();
    expect(ran).toEqual(['second']);
  });

  it('runs at once on demand, and not again when idle; a cancelled task never runs', () => {
    vi.useFakeTimers();
    const ran: string[] = [];
    const pending = idleTask();
    pending.set(() => ran.push('now'));
    pending.run();
    vi.runAllTimers();
    pending.set(() => ran.push('dropped'));
    pending.cancel();
    vi.runAllTimers();
    pending.run();
    expect(ran).toEqual(['now']);
  });
});
