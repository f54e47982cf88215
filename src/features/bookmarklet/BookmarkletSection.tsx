/**
 * The library's "Save from any page" section: the bookmarklet to drag to the bookmarks bar, how
 * to add it on a phone, and how to use it.
 *
 * The link's `href` is set on the element directly: React refuses `javascript:` URLs in JSX, and
 * rightly for untrusted ones; this one is our own built script (build/bookmarklet.ts). Clicking it
 * here does nothing (the reader's Content-Security-Policy would block it too); it is meant to be
 * dragged, or copied.
 */
import { useEffect, useRef, useState } from 'react';
import { copyText } from '../../lib/download';
import { bookmarkletHref } from './bookmarklet-href';
import './bookmarklet.css';

const readerUrl = () => window.location.origin + window.location.pathname;

export function BookmarkletSection() {
  const link = useRef<HTMLAnchorElement>(null);
  const [href, setHref] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    let live = true;
    void import('virtual:marginalia-bookmarklet').then(({ default: source }) => {
      if (live) setHref(bookmarkletHref(source, readerUrl()));
    });
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (href) link.current?.setAttribute('href', href);
  }, [href]);

  const copy = async () => {
    if (!href) return;
    setMessage(
      (await copyText(href))
        ? 'Copied. Make a new bookmark and paste this as its address (URL).'
        : 'Could not copy: your browser refused. Drag the button to your bookmarks bar instead.',
    );
  };

  return (
    <section aria-labelledby="bookmarklet-title" className="library-extra bookmarklet">
      <h2 id="bookmarklet-title">Save from any page</h2>
      <p>
        Most news sites do not let other sites read their pages, so “Open web address” often cannot fetch them. The{' '}
        <strong>Save to Marginalia</strong> bookmark works on any page: it reads the article in your own tab and opens
        it here. Nothing goes through a server.
      </p>
      <div className="bookmarklet-row">
        <a
          ref={link}
          className="bookmarklet-link"
          aria-disabled={href ? undefined : 'true'}
          aria-describedby="bookmarklet-how"
          draggable
          onClick={(e) => {
            e.preventDefault();
            setMessage('Drag this button to your bookmarks bar instead of clicking it here.');
          }}
        >
          Save to Marginalia
        </a>
        <button type="button" onClick={() => void copy()} disabled={!href}>
          Copy bookmarklet
        </button>
      </div>
      <p className="bookmarklet-message" role="status">
        {message}
      </p>
      <ol id="bookmarklet-how" className="bookmarklet-steps">
        <li>
          <strong>Add it once.</strong> On a computer, drag the “Save to Marginalia” button to your bookmarks bar. On a
          phone, tap “Copy bookmarklet”, bookmark any page, then edit that bookmark and paste over its address.
        </li>
        <li>
          <strong>Use it on a news page.</strong> Open the article, then click the bookmark (on a phone, type its name
          in the address bar and pick it). The article opens in Marginalia in a new tab.
        </li>
        <li>
          <strong>Only part of a page?</strong> Select that text first: the bookmark sends the selection instead of the
          whole article.
        </li>
      </ol>
      <p className="library-note">
        The bookmark sends the page’s address, title and text (up to 500,000 characters), never your cookies or
        passwords. It is tied to this address of Marginalia ({readerUrl()}).
      </p>
    </section>
  );
}
