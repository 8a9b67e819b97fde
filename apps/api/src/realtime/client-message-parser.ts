import {
  ClientMessage,
  ClientMessageName,
  clientMessageSchemas,
  isClientMessageName,
  RealtimeErrorMessage,
} from '@glossa/contracts';

/** A client message that passed validation, tagged with its name. */
export type ParsedClientMessage = {
  [N in ClientMessageName]: { name: N; body: ClientMessage<N> };
}[ClientMessageName];

export type ParseOutcome = { ok: true; message: ParsedClientMessage } | { ok: false; error: RealtimeErrorMessage };

/**
 * Checks one incoming Socket.IO message: a known name, exactly one argument (an acknowledgement
 * callback, if sent, is ignored), at most `maxBytes` of JSON, and the shape its schema demands.
 * Pure, so that whatever a client sends can only ever produce an error message, never a throw.
 */
export function parseClientMessage(name: string, args: unknown[], maxBytes: number): ParseOutcome {
  const shownName = name.slice(0, 40);
  const values = typeof args[args.length - 1] === 'function' ? args.slice(0, -1) : args;
  if (!isClientMessageName(name)) {
    return refuse('UNKNOWN_MESSAGE', `Unknown message "${shownName}".`, shownName);
  }
  if (values.length !== 1) {
    return refuse('BAD_MESSAGE', `"${name}" takes exactly one object argument.`, name);
  }
  const [body] = values;
  const room = roomOf(body);
  let size: number;
  try {
    size = Buffer.byteLength(JSON.stringify(body) ?? '');
  } catch {
    return refuse('BAD_MESSAGE', `"${name}" is not JSON.`, name, room);
  }
  if (size > maxBytes) {
    return refuse('TOO_LARGE', `"${name}" is ${size} bytes; at most ${maxBytes} are accepted.`, name, room);
  }
  const result = clientMessageSchemas[name].safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return refuse('BAD_MESSAGE', `"${name}" is malformed (${where}${issue.message}).`, name, room);
  }
  return { ok: true, message: { name, body: result.data } as ParsedClientMessage };
}

function refuse(code: RealtimeErrorMessage['code'], message: string, event: string, room?: string): ParseOutcome {
  return { ok: false, error: { code, message, event, ...(room === undefined ? {} : { room }) } };
}

/** The message's room, echoed in errors so the client can tell which request failed. */
function roomOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const room = (body as { room?: unknown }).room;
  return typeof room === 'string' && room.length <= 64 ? room : undefined;
}
