import * as Y from 'yjs'
import { recordMaps } from '../../../schema/index.ts'

/** Reading and writing records in the `amendments` map: schema's `recordMaps` over the page's Yjs. */
export const { readRecord, writeRecord } = recordMaps(Y)
