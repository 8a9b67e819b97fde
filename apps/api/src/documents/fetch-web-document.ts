import { lookup as dnsLookup, LookupAddress, LookupOptions } from 'node:dns';
import { IncomingMessage, request as httpRequest, RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { pipeline, Readable } from 'node:stream';
import { BadUserInputError } from '../errors/glossa-error';
import { addressKind, KIND_NAMES, mayFetchFrom } from './address-kind';

/** The limits of one fetch (docs/documents.md, "From a web page"). */
export interface FetchLimits {
  maxBytes: number;
  /** For the whole fetch: every redirect, the answer and its body. */
  timeoutMs: number;
  maxRedirects: number;
  /** Loopback addresses are fetched too (DOCUMENT_URL_ALLOW_LOOPBACK; tests only). */
  allowLoopback: boolean;
}

export interface FetchedDocument {
  bytes: Buffer;
  /** Where the document was found, after redirects. */
  url: string;
  /** The Content-Type the server gave, without parameters ('' when none). */
  mediaType: string;
}

/**
 * Media types that may carry a reading; anything else (images, video, JSON, scripts, archives) is
 * refused before its body is read. The bytes still decide what the document is (sniff-document.ts).
 */
const DOCUMENT_TYPES = new Set([
  '',
  'text/html',
  'application/xhtml+xml',
  'application/pdf',
  'application/x-pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain',
  'text/markdown',
  'text/x-markdown',
  'application/octet-stream',
]);

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A refused address found while connecting; turned into BAD_USER_INPUT by the caller of the request. */
class RefusedAddress extends Error {
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`refused ${address}`);
  }
}

/**
 * Fetches a web page or document for a reading, guarding against server-side request forgery:
 * http and https only; every hop's host is resolved once and checked, and the connection is made
 * to the address checked (a `lookup` of our own, so a DNS answer that changes between check and
 * connect cannot slip a private address in); redirects at most `maxRedirects`; one time limit for
 * the whole fetch; bodies counted (after decompression) against `maxBytes`. Every refusal is
 * BAD_USER_INPUT saying what to do.
 */
export async function fetchWebDocument(address: string, limits: FetchLimits): Promise<FetchedDocument> {
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  let url = parseAddress(address);
  for (let redirects = 0; ; redirects++) {
    const response = await get(url, limits, deadline);
    const status = response.statusCode ?? 0;
    if (REDIRECTS.has(status)) {
      response.resume();
      const location = response.headers.location;
      if (!location)
        throw new BadUserInputError(`${url.href} redirects without saying where; give the page's address.`);
      if (redirects >= limits.maxRedirects)
        throw new BadUserInputError(
          `${address} redirects more than ${limits.maxRedirects} times (perhaps in a loop); open it in a browser and give the address it ends at.`,
        );
      url = parseAddress(new URL(location, url).href);
      continue;
    }
    if (status < 200 || status > 299) {
      response.resume();
      throw new BadUserInputError(
        `${url.href} answered HTTP ${status}${response.statusMessage ? ` (${response.statusMessage})` : ''}; check that the page exists and can be read without signing in.`,
      );
    }
    const [mediaType, ...parameters] = (response.headers['content-type'] ?? '').split(';');
    const type = mediaType.trim().toLowerCase();
    if (!DOCUMENT_TYPES.has(type)) {
      response.resume();
      throw notADocument(url, type);
    }
    const charset = parameters.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)/i.exec(p)?.[1]).find(Boolean);
    const bytes = await readBody(response, url, limits, deadline);
    return { bytes: asUtf8(bytes, type, charset), url: url.href, mediaType: type };
  }
}

/**
 * A text page in the charset its server named, re-encoded as UTF-8 (what the converters read);
 * other bytes, and a charset TextDecoder does not know, are kept as they came.
 */
function asUtf8(bytes: Buffer, mediaType: string, charset: string | undefined): Buffer {
  if (!charset || /^utf-?8$/i.test(charset) || !/^text\/|xhtml/.test(mediaType)) return bytes;
  try {
    return Buffer.from(new TextDecoder(charset, { fatal: true }).decode(bytes), 'utf8');
  } catch {
    return bytes;
  }
}

/** What a refused non-document is told (also used when the bytes turn out not to be a document). */
export function notADocument(url: URL | string, mediaType: string): BadUserInputError {
  return new BadUserInputError(
    `${String(url)} gives ${mediaType || 'something'} that is not a web page or a document; a reading can be made from an HTML page, PDF, Word (.docx), Markdown or plain text. Give the address of the article itself.`,
  );
}

function parseAddress(address: string): URL {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new BadUserInputError(`“${address.slice(0, 200)}” is not a web address; give one starting with https://.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new BadUserInputError(
      `Only http and https addresses can be fetched (not ${url.protocol}); give a web page's address.`,
    );
  if (url.username || url.password)
    throw new BadUserInputError('Give the address without a user name or password in it.');
  return url;
}

/** One request, connected only to an address that may be fetched. */
function get(url: URL, limits: FetchLimits, deadline: AbortSignal): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // A literal address is connected to without a lookup, so it is checked here.
  if (isIP(host)) refuseUnlessAllowed(host, host, limits.allowLoopback);
  const options: RequestOptions = {
    hostname: host,
    port: url.port || undefined,
    path: `${url.pathname}${url.search}`,
    method: 'GET',
    agent: false,
    signal: deadline,
    lookup: guardedLookup(limits.allowLoopback),
    headers: {
      accept: 'text/html,application/xhtml+xml,application/pdf,text/markdown,text/plain;q=0.9,*/*;q=0.5',
      'accept-encoding': 'gzip, deflate, br',
      'user-agent': 'Glossa (adds a web page to a seminar as a reading)',
    },
  };
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(options, resolve);
    request.on('error', (error) => reject(fetchError(error, url, limits, deadline)));
    request.end();
  });
}

function refuseUnlessAllowed(host: string, address: string, allowLoopback: boolean): void {
  if (!mayFetchFrom(addressKind(address), allowLoopback)) throw refusal(host, address);
}

function refusal(host: string, address: string): BadUserInputError {
  const where = host === address ? address : `${host} (${address})`;
  return new BadUserInputError(
    `${where} is ${KIND_NAMES[addressKind(address)]}; Glossa fetches readings only from the public web. Give the address of a public web page, or download the file and upload it.`,
  );
}

/**
 * dns.lookup that answers only when every address the name resolves to may be fetched, so the
 * socket connects to an address that was checked (net.connect uses the answer as it is).
 */
function guardedLookup(allowLoopback: boolean): LookupFunction {
  return (hostname: string, options: LookupOptions, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.find((a) => !mayFetchFrom(addressKind(a.address), allowLoopback));
      if (refused || addresses.length === 0)
        return callback(new RefusedAddress(hostname, refused?.address ?? ''), '', 0);
      if (options.all) (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/** A failed request as the person who gave the address should hear it. */
function fetchError(error: Error & { code?: string }, url: URL, limits: FetchLimits, deadline: AbortSignal): Error {
  if (error instanceof BadUserInputError) return error;
  if (error instanceof RefusedAddress) return refusal(error.host, error.address);
  if (deadline.aborted) return tooSlow(url, limits);
  if (error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN')
    return new BadUserInputError(`No server called ${url.hostname} could be found; check the address.`);
  if (/CERT|SSL|TLS/.test(error.code ?? ''))
    return new BadUserInputError(
      `${url.host} did not present a valid certificate, so it was not trusted; check the address.`,
    );
  return new BadUserInputError(
    `${url.host} did not answer (${error.code ?? error.message}); check the address, or try again later.`,
  );
}

function tooSlow(url: URL, limits: FetchLimits): BadUserInputError {
  return new BadUserInputError(
    `${url.host} took longer than ${Math.round(limits.timeoutMs / 1000)} seconds to send the page; try again later, or download the file and upload it.`,
  );
}

/** The body, decompressed, refused as soon as it passes the limit. */
async function readBody(
  response: IncomingMessage,
  url: URL,
  limits: FetchLimits,
  deadline: AbortSignal,
): Promise<Buffer> {
  const tooLarge = () =>
    new BadUserInputError(
      `The document at ${url.href} is larger than ${Math.round(limits.maxBytes / 1024 / 1024) || 1} MB, the largest Glossa accepts; give a shorter document.`,
    );
  const declared = Number(response.headers['content-length'] ?? 0);
  if (!response.headers['content-encoding'] && declared > limits.maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const stop = () => response.destroy(new Error('time limit'));
  deadline.addEventListener('abort', stop, { once: true });
  try {
    for await (const chunk of decoded(response)) {
      size += (chunk as Buffer).length;
      if (size > limits.maxBytes) throw tooLarge();
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    response.destroy();
    if (error instanceof BadUserInputError) throw error;
    if (deadline.aborted) throw tooSlow(url, limits);
    throw new BadUserInputError(`${url.host} stopped sending the page part-way; try again later.`);
  } finally {
    deadline.removeEventListener('abort', stop);
  }
  return Buffer.concat(chunks);
}

/** The body as sent before compression (the size limit counts what is stored, not what travels). */
function decoded(response: IncomingMessage): Readable {
  const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decompress =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  // pipeline passes a broken connection on to the decompressor, which would otherwise wait forever.
  return decompress ? pipeline(response, decompress, () => undefined) : response;
}
