import { markdownTable } from '../format.js';
import type { MachineInfo } from '../machine.js';

/** The machine, date, commit and load a run was made on, and a warning when the load was high. */
export function renderMachine(machine: MachineInfo): string[] {
  return [
    markdownTable(
      ['machine', 'cores', 'memory', 'os', 'node', 'date', 'commit', 'load at start'],
      [[machine.cpu, machine.cores, `${machine.memoryGiB} GiB`, machine.os, machine.node, machine.date, machine.commit, machine.load.toFixed(1)]],
    ),
    '',
    ...(machine.load > machine.cores * 0.5
      ? [`**The machine was busy** (load ${machine.load.toFixed(1)} on ${machine.cores} cores): the figures are indicative only; wall times are inflated, CPU times much less so. Rerun on a quiet machine for the record.`, '']
      : []),
  ];
}
