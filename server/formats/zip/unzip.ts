import { crc32 } from 'node:zlib'
import yauzl, { type Entry, type ZipFile } from 'yauzl'
import { MAX_PART_BYTES, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES } from '../limits.ts'

/** How much one zip may hold and unpack to: entries in its directory, bytes of one part, bytes of all parts read. */
export interface UnzipLimits {
  maxEntries: number
  maxPartBytes: number
  maxTotalBytes: number
}

/** The limits of a Word file (`server/formats/limits.ts`). */
export const WORD_ZIP_LIMITS: UnzipLimits = {
  maxEntries: MAX_ZIP_ENTRIES,
  maxPartBytes: MAX_PART_BYTES,
  maxTotalBytes: MAX_UNPACKED_BYTES,
}

/** Raised for a zip that cannot be read or that would unpack past its limits: one line saying which. */
export class ZipError extends RangeError {
  override name = 'ZipError'
}

/** A zip opened for reading some of its parts, each unpacked on demand within the limits. */
export interface ZipArchive {
  /** The names of its entries, as stored. */
  readonly names: readonly string[]
  /** Whether it holds an entry of that name (compared without case, as OPC part names are). */
  has(name: string): boolean
  /** The unpacked bytes of an entry, or null when there is none of that name. */
  read(name: string): Promise<Uint8Array | null>
  /** Lets go of the zip. */
  close(): void
}

const MB = 1024 * 1024
const megabytes = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`

// yauzl's messages read after a colon here: no capital at the start, no full stop at the end.
const reason = (e: unknown) => {
  const message = (e instanceof Error ? e.message : String(e)).replace(/\.$/, '')
  return message.charAt(0).toLowerCase() + message.slice(1)
}

/** What a failed inflate of an entry means, in words: yauzl says "too many bytes" where a size lies. */
function inflateFailure(entry: Entry, e: unknown): string {
  const message = reason(e)
  if (/^too many bytes in the stream/.test(message))
    return `it inflates to more than the ${entry.uncompressedSize} bytes its directory declares`
  if (/^not enough bytes in the stream/.test(message))
    return `it inflates to fewer than the ${entry.uncompressedSize} bytes its directory declares`
  return message
}

/**
 * Opens a zip held in memory: reads its central directory (refusing more than `maxEntries` entries), then
 * unpacks the parts asked for one at a time. A part whose declared size is over `maxPartBytes`, or that would
 * take the parts read past `maxTotalBytes`, is refused before any byte is inflated; inflated bytes are counted
 * as they stream and the stream destroyed past the limit, as declared sizes can lie (yauzl also stops a part
 * that inflates past its declared size). `what` names the file in messages ("the Word file").
 */
export async function openZip(
  bytes: Uint8Array,
  what: string,
  limits: UnzipLimits = WORD_ZIP_LIMITS,
): Promise<ZipArchive> {
  const damaged = (detail: string) => new ZipError(`${what} is a damaged zip: ${detail}`)
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const zip = await new Promise<ZipFile>((resolve, reject) => {
    yauzl.fromBuffer(
      buffer,
      { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false },
      (err, file) => (err || !file ? reject(damaged(reason(err))) : resolve(file)),
    )
  })
  if (zip.entryCount > limits.maxEntries) {
    zip.close()
    throw new ZipError(`${what} has more than ${limits.maxEntries} entries in its zip; refused`)
  }
  let entries: Entry[]
  try {
    entries = await readDirectory(zip, damaged)
  } catch (e) {
    zip.close()
    throw e
  }
  const byName = new Map<string, Entry>()
  for (const entry of entries) {
    const key = entry.fileName.toLowerCase()
    if (!byName.has(key)) byName.set(key, entry)
  }
  let unpacked = 0

  const read = async (name: string): Promise<Uint8Array | null> => {
    const entry = byName.get(name.toLowerCase())
    if (!entry) return null
    const size = entry.uncompressedSize
    const partTooLarge = () =>
      new ZipError(
        `${what} unpacks to more than ${megabytes(limits.maxPartBytes)} in ${entry.fileName}; refused`,
      )
    const totalTooLarge = () =>
      new ZipError(`${what} unpacks to more than ${megabytes(limits.maxTotalBytes)}; refused`)
    if (size > limits.maxPartBytes) throw partTooLarge()
    if (unpacked + size > limits.maxTotalBytes) throw totalTooLarge()
    if (!entry.canDecodeFileData()) {
      throw new ZipError(`${what}: ${entry.fileName} is encrypted or packed in a way that cannot be read`)
    }
    const data = await inflate(zip, entry, limits.maxPartBytes, limits.maxTotalBytes - unpacked, {
      damaged: (detail) => damaged(`${entry.fileName}: ${detail}`),
      partTooLarge,
      totalTooLarge,
    })
    unpacked += data.length
    if (crc32(data) !== entry.crc32) throw damaged(`${entry.fileName} fails its checksum`)
    return data
  }

  return {
    names: entries.map((e) => e.fileName),
    has: (name) => byName.has(name.toLowerCase()),
    read,
    close: () => zip.close(),
  }
}

/** Every entry of the central directory, read one at a time. */
function readDirectory(zip: ZipFile, damaged: (detail: string) => ZipError): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = []
    zip.on('entry', (entry: Entry) => {
      entries.push(entry)
      zip.readEntry()
    })
    zip.on('end', () => resolve(entries))
    zip.on('error', (err) => reject(damaged(reason(err))))
    zip.readEntry()
  })
}

/**
 * The bytes of one entry, inflated as a stream and counted: past `maxPart` or `maxLeft` (what is left of the
 * total), the stream is destroyed and the read refused.
 */
function inflate(
  zip: ZipFile,
  entry: Entry,
  maxPart: number,
  maxLeft: number,
  errors: {
    damaged: (detail: string) => ZipError
    partTooLarge: () => ZipError
    totalTooLarge: () => ZipError
  },
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) {
        reject(errors.damaged(reason(err)))
        return
      }
      const chunks: Buffer[] = []
      let total = 0
      let done = false
      const fail = (error: ZipError) => {
        if (done) return
        done = true
        chunks.length = 0
        stream.destroy()
        reject(error)
      }
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length
        if (total > maxPart) fail(errors.partTooLarge())
        else if (total > maxLeft) fail(errors.totalTooLarge())
        else chunks.push(chunk)
      })
      stream.on('error', (e) => fail(errors.damaged(inflateFailure(entry, e))))
      stream.on('end', () => {
        if (done) return
        done = true
        resolve(Buffer.concat(chunks, total))
      })
    })
  })
}
