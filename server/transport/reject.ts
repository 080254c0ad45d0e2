import type { Duplex } from 'node:stream'

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  410: 'Gone',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
}

/** Answers a WebSocket upgrade request with an HTTP error and a JSON body `{error, detail}`, then hangs up. */
export function rejectUpgrade(socket: Duplex, status: number, error: string, detail: string): void {
  if (socket.destroyed) return
  const body = JSON.stringify({ error, detail })
  socket.end(
    `HTTP/1.1 ${status} ${REASONS[status] ?? 'Error'}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  )
}
