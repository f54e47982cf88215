/**
 * The untrusted-input steps share links and "Save to Marginalia" links have in common: a URL
 * fragment `#/<route>/<version>.<base64url(deflateRaw(JSON))>` checked for length before anything
 * else, a version read outside the compressed data, strict base64url, inflating with a hard output
 * ceiling, then fatal UTF-8 and JSON. Each kind of link keeps its own messages and its own schema
 * for the JSON that comes out. Never throws.
 */
import { decodeBase64Url } from './base64url';
import { inflateBounded } from './bounded-inflate';

export interface VersionedFragmentFormat<NotALink extends string> {
  /** `share` for `#/share/1.…`. */
  route: string;
  /** The version this reader writes. */
  version: number;
  /** Older versions it still reads (each kind of link checks that its JSON says the same version). */
  olderVersions?: readonly number[];
  /** Longest fragment tried at all. */
  maxChars: number;
  /** Most bytes DEFLATE may produce; checked while inflating, not after. */
  maxInflatedBytes: number;
  /** The error code for "this is not one of these links" (a non-string, or the wrong shape). */
  notALinkCode: NotALink;
  messages: {
    notText: string;
    notALink: string;
    tooLong: string;
    unsupportedVersion: string;
    badEncoding: string;
    tooLarge: string;
    badCompression: string;
    notJson: string;
  };
}

export type FragmentErrorCode<NotALink extends string> =
  NotALink | 'too-long' | 'unsupported-version' | 'bad-encoding' | 'too-large' | 'bad-compression' | 'not-json';

export type FragmentDecodeResult<NotALink extends string> =
  { json: unknown; version: number } | { error: { code: FragmentErrorCode<NotALink>; message: string } };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a fragment (with or without the leading `#`) as far as its JSON. */
export function decodeVersionedFragment<NotALink extends string>(
  fragment: unknown,
  format: VersionedFragmentFormat<NotALink>,
): FragmentDecodeResult<NotALink> {
  const { messages } = format;
  const fail = (code: FragmentErrorCode<NotALink>, message: string) => ({ error: { code, message } });
  if (typeof fragment !== 'string') return fail(format.notALinkCode, messages.notText);
  if (fragment.length > format.maxChars) return fail('too-long', messages.tooLong);
  const hashed = fragment.startsWith('#') ? fragment : `#${fragment}`;
  // The route is one of our own constants, never input, so it needs no escaping.
  const match = new RegExp(`^#/${format.route}/(\\d{1,6})\\.([\\s\\S]*)$`).exec(hashed);
  if (!match) return fail(format.notALinkCode, messages.notALink);
  const version = Number(match[1]);
  if (version !== format.version && !format.olderVersions?.includes(version))
    return fail('unsupported-version', messages.unsupportedVersion);
  const compressed = decodeBase64Url(match[2]);
  if (!compressed || compressed.length === 0) return fail('bad-encoding', messages.badEncoding);
  const inflated = inflateBounded(compressed, format.maxInflatedBytes);
  if ('error' in inflated) {
    return inflated.error === 'too-large'
      ? fail('too-large', messages.tooLarge)
      : fail('bad-compression', messages.badCompression);
  }
  try {
    return { json: JSON.parse(utf8.decode(inflated.bytes)), version };
  } catch {
    return fail('not-json', messages.notJson);
  }
}
