import { describe, expect, it } from 'vitest';
import { taskKind } from './task-kinds';

const inside = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('taskKind', () => {
  it('names the garbage collector’s sweep by the file that posted the task', () => {
    expect(taskKind('v8/src/heap/cppgc-internal/sweeper.cc IncrementalSweepTask::Post', inside({}))).toBe('sweep');
  });

  it('names a module evaluation that is mostly writing its code cache', () => {
    const task = inside({ 'v8.evaluateModule': 1.2, 'v8.produceModuleCache': 35 });
    expect(taskKind('third_party/blink/v8_script_runner.cc EvaluateModule', task)).toBe('code-cache');
  });

  it('keeps a module evaluation that is mostly running the module as script', () => {
    const task = inside({ 'v8.evaluateModule': 30, 'v8.produceModuleCache': 2, FunctionCall: 28 });
    expect(taskKind('third_party/blink/module_map.cc Dispatch', task)).toBe('script');
  });

  it('names a rendering frame, even with a callback inside', () => {
    const task = inside({ UpdateLayoutTree: 8, Layout: 9, FunctionCall: 1 });
    expect(taskKind('cc/trees/proxy_impl.cc ScheduledActionSendBeginMainFrame', task)).toBe('frame');
  });

  it('names the navigation’s commit', () => {
    expect(taskKind('mojo/ipc_mojo_bootstrap.cc Accept', inside({ CommitLoad: 0.1, EventDispatch: 1 }))).toBe('commit');
  });

  it('tells a collection of its own from script that collected on the way', () => {
    expect(taskKind('v8/incremental-marking-job.cc Task', inside({ MajorGC: 31 }))).toBe('gc');
    expect(taskKind('blink/dom_timer.cc DOMTimer', inside({ TimerFire: 20, FunctionCall: 19, MinorGC: 3 }))).toBe(
      'script',
    );
  });

  it('says other when nothing inside is known', () => {
    expect(taskKind('somewhere.cc Task', inside({}))).toBe('other');
  });
});
