import { createElement, Fragment, type ReactNode } from 'react';

/**
 * Shows the discussion's HTML (rendered server-side by commonmark with raw HTML escaped and URLs
 * sanitised) without injecting it: the markup is parsed into an inert document and rebuilt as React
 * elements from a short allow-list. Anything else keeps only its text. Headings become bold
 * paragraphs, so a post cannot add a second h1 to the page; images become their alt text.
 */
const KEEP = new Set(['p', 'em', 'strong', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'br', 'hr', 'del', 's']);
const SAFE_HREF = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;

function rebuild(node: Node, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  const children = Array.from(element.childNodes, rebuild);
  if (tag === 'br' || tag === 'hr') return createElement(tag, { key });
  if (KEEP.has(tag)) {
    const start = tag === 'ol' ? Number(element.getAttribute('start')) || undefined : undefined;
    return createElement(tag, { key, start }, ...children);
  }
  if (tag === 'a') {
    const href = element.getAttribute('href') ?? '';
    return SAFE_HREF.test(href)
      ? createElement('a', { key, href, rel: 'nofollow noopener noreferrer' }, ...children)
      : createElement(Fragment, { key }, ...children);
  }
  if (/^h[1-6]$/.test(tag)) return createElement('p', { key }, createElement('strong', null, ...children));
  if (tag === 'img') return element.getAttribute('alt') || null;
  return createElement(Fragment, { key }, ...children);
}

export function htmlToReact(html: string): ReactNode[] {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return Array.from(body.childNodes, rebuild);
}

export function SafeHtml({ html, className }: { html: string; className?: string }) {
  return <div className={className}>{htmlToReact(html)}</div>;
}
