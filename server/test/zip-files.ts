// Zips built byte by byte for the tests of bad files: sizes and checksums that lie, deflate streams that
// inflate to gigabytes from a few megabytes, without ever holding the inflated bytes.
import { constants, crc32, deflateRawSync } from 'node:zlib'

/** One entry of a test zip: its bytes (deflated here), or a raw deflate stream with the size it claims. */
export interface ZipEntrySpec {
  name: string
  data?: Uint8Array | string
  /** A raw deflate stream to store as it is (then `size` and `crc` say what the directory claims). */
  deflated?: Uint8Array
  /** The uncompressed size the headers declare (by default the true one). */
  size?: number
  /** The checksum the headers declare (by default the true one). */
  crc?: number
}

const MB = 1024 * 1024

/**
 * A raw deflate stream of `megabytes` MB of zeros, about a thousandth of that size: one megabyte deflated with a
 * full flush (so that it depends on nothing before it) repeated, then an empty final block.
 */
export function deflatedZeros(megabytes: number): Uint8Array {
  const chunk = deflateRawSync(Buffer.alloc(MB), { finishFlush: constants.Z_FULL_FLUSH })
  const out = Buffer.alloc(chunk.length * megabytes + 2)
  for (let i = 0; i < megabytes; i++) chunk.copy(out, i * chunk.length)
  out[out.length - 2] = 0x03
  out[out.length - 1] = 0x00
  return out
}

/** A zip of the entries, deflated, with their sizes and checksums as the specs say. */
export function buildZip(entries: readonly ZipEntrySpec[]): Uint8Array {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const spec of entries) {
    const name = Buffer.from(spec.name, 'utf8')
    const raw = typeof spec.data === 'string' ? Buffer.from(spec.data, 'utf8') : Buffer.from(spec.data ?? [])
    const body = spec.deflated ? Buffer.from(spec.deflated) : deflateRawSync(raw)
    const size = spec.size ?? raw.length
    const crc = spec.crc ?? crc32(raw)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(0, 10)
    local.writeUInt32LE(crc >>> 0, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(0, 12)
    central.writeUInt32LE(crc >>> 0, 16)
    central.writeUInt32LE(body.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, body)
    centrals.push(central, name)
    offset += local.length + name.length + body.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/**
 * Runs async work that is expected to fail, sampling memory (V8 heap and array buffers) as it runs: what it threw,
 * and the most memory it took above what was in use before it.
 */
export async function failureWithMemory(
  work: () => Promise<unknown>,
): Promise<{ error: unknown; growth: number }> {
  const used = () => {
    const m = process.memoryUsage()
    return m.heapUsed + m.arrayBuffers
  }
  const before = used()
  let peak = before
  const timer = setInterval(() => {
    peak = Math.max(peak, used())
  }, 1)
  let error: unknown = null
  try {
    await work()
  } catch (e) {
    error = e
  } finally {
    clearInterval(timer)
    peak = Math.max(peak, used())
  }
  return { error, growth: peak - before }
}
