// The awareness ids held by the connections of other processes (server/room/remote-clients.ts): a process's
// message is applied only for ids no one else holds, and an id is let go when its state goes, including when it
// times out because its process died.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { Awareness, applyAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { readAwarenessEntries, writeAwarenessEntries } from '../room/awareness-guard.ts'
import { RemoteClients } from '../room/remote-clients.ts'

const state = (name: string) => ({ user: { name } })

describe('the awareness ids of other processes', () => {
  it('applies a process’s states for free ids only, and frees an id whose state left or timed out', () => {
    const awareness = new Awareness(new Y.Doc())
    awareness.setLocalState(null)
    const remote = new RemoteClients(awareness)
    const here = new Set([5])
    const admit = (origin: string, entries: Parameters<typeof writeAwarenessEntries>[0]) => {
      const update = remote.admit(origin, writeAwarenessEntries(entries), (id) => here.has(id))
      if (update) applyAwarenessUpdate(awareness, update, 'bus')
      return update ? readAwarenessEntries(update).map((e) => e.clientID) : []
    }
    assert.deepEqual(
      admit('A', [
        { clientID: 1, clock: 1, state: state('one') },
        { clientID: 5, clock: 9, state: state('not five') },
      ]),
      [1],
      'an id a connection here holds is not taken from the bus',
    )
    assert.ok(remote.heldElsewhere(1))
    assert.ok(!remote.heldElsewhere(5))
    assert.deepEqual(admit('B', [{ clientID: 1, clock: 9, state: state('not one') }]), [], 'held by A')
    assert.equal(awareness.getStates().get(1)?.user?.name, 'one')
    assert.deepEqual(admit('A', [{ clientID: 1, clock: 2, state: state('one again') }]), [1])

    // A's connection leaves: A says so, and the id is free for anyone.
    assert.deepEqual(admit('A', [{ clientID: 1, clock: 3, state: null }]), [1])
    assert.ok(!remote.heldElsewhere(1))
    assert.deepEqual(admit('B', [{ clientID: 1, clock: 4, state: state('B now') }]), [1])

    // B dies: its states stop being renewed and y-protocols removes them ('timeout'); the id is free again.
    removeAwarenessStates(awareness, [1], 'timeout')
    assert.ok(!remote.heldElsewhere(1))
    assert.deepEqual(admit('C', [{ clientID: 1, clock: 6, state: state('C now') }]), [1])
    remote.close()
    awareness.destroy()
  })

  it('throws, saying so, for bytes that are not an awareness update', () => {
    const awareness = new Awareness(new Y.Doc())
    const remote = new RemoteClients(awareness)
    assert.throws(() => remote.admit('A', new Uint8Array([1, 2]), () => false))
    awareness.destroy() // its timer would keep the test running
  })
})
