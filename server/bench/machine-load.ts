// How busy the whole machine is, to tell how much of a run's CPU went to processes other than the server and
// the load generator (other work on a shared machine makes the delays longer for both servers alike).
import { readFileSync } from 'node:fs'

/** Linux's USER_HZ, the unit of CPU times in /proc; 100 on every mainstream architecture. */
export const TICKS_PER_SECOND = 100

/** CPU seconds the machine has spent busy (all cores) since boot, from the first line of /proc/stat. */
export function machineBusySeconds(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number)
  // user nice system idle iowait irq softirq steal guest guest_nice: guest time is already in user and nice.
  const [user, nice, system, , , irq, softirq, steal] = fields as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const busy = user + nice + system + irq + softirq + steal
  return busy / TICKS_PER_SECOND
}

/** The load average over the last minute. */
export function loadAverage(): number {
  return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0])
}
