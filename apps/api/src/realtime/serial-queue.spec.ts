import { SerialQueue } from './serial-queue';

describe('SerialQueue', () => {
  it('runs tasks one at a time in arrival order, even when a task fails', async () => {
    const queue = new SerialQueue(10);
    const log: string[] = [];
    const slow = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      log.push(`end ${name}`);
    };
    queue.push(slow('a', 20));
    queue.push(async () => {
      throw new Error('boom');
    });
    queue.push(slow('b', 1));
    await queue.idle();
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('refuses tasks beyond its limit instead of buffering them', async () => {
    const queue = new SerialQueue(2);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    expect(queue.push(() => gate)).toBe(true);
    expect(queue.push(async () => undefined)).toBe(true);
    expect(queue.push(async () => undefined)).toBe(false);
    release();
    await queue.idle();
    expect(queue.push(async () => undefined)).toBe(true);
    await queue.idle();
  });
});
