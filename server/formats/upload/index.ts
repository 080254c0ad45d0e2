// The work of uploads in one worker thread, off the event loop that serves the rooms (issue 16): an API upload
// from its body's bytes to the draft to store, and texts imported with the spelling dictionaries.
export {
  MAX_UPLOAD_BODY,
  parseRequestBody,
  readUpload,
  UploadFault,
  uploadedBytes,
  uploadedDraft,
  uploadPreview,
} from './upload-body.ts'
export { BadRequestBody, type UploadedDraft, type UploadJob, type UploadResults } from './upload-job.ts'
export { importInThread, inUploadThread, stopUploadThread } from './upload-thread.ts'
