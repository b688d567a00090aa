// Atom 1.0 documents (RFC 4287) as text. Every text and attribute value is escaped here, so callers
// pass text as published. No clock is read: the feed's `updated` is given (the newest entry's date).
import { escapeXmlAttribute, escapeXmlText } from "./xml-text.ts";

export interface AtomLink {
  href: string;
  rel?: "alternate" | "self" | "related" | "via";
  type?: string;
  title?: string;
}

export interface AtomEntry {
  id: string;
  title: string;
  /** yyyy-mm-dd */
  updated: string;
  links: AtomLink[];
  summary: string;
  categories?: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** yyyy-mm-dd */
  updated: string;
  /** xml:base for relative links (a site path or an absolute URL). */
  xmlBase: string;
  links: AtomLink[];
  author: string;
  entries: AtomEntry[];
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const isIsoDate = (text: string): boolean => ISO_DATE.test(text);

/** An RFC 3339 timestamp for a calendar date: midnight UTC. */
export function atomDate(date: string): string {
  if (!isIsoDate(date)) throw new Error(`not a yyyy-mm-dd date: ${JSON.stringify(date)}`);
  return `${date}T00:00:00Z`;
}

const link = (l: AtomLink, indent: string): string => {
  let out = `${indent}<link href="${escapeXmlAttribute(l.href)}"`;
  if (l.rel) out += ` rel="${l.rel}"`;
  if (l.type) out += ` type="${escapeXmlAttribute(l.type)}"`;
  if (l.title) out += ` title="${escapeXmlAttribute(l.title)}"`;
  return `${out}/>\n`;
};

const element = (name: string, text: string, indent: string): string =>
  `${indent}<${name}>${escapeXmlText(text)}</${name}>\n`;

function renderEntry(entry: AtomEntry): string {
  const i = "    ";
  let out = "  <entry>\n";
  out += element("id", entry.id, i);
  out += `${i}<title type="text">${escapeXmlText(entry.title)}</title>\n`;
  out += element("updated", atomDate(entry.updated), i);
  for (const l of entry.links) out += link(l, i);
  for (const term of entry.categories ?? []) out += `${i}<category term="${escapeXmlAttribute(term)}"/>\n`;
  out += `${i}<summary type="text">${escapeXmlText(entry.summary)}</summary>\n`;
  return `${out}  </entry>\n`;
}

export function renderAtom(feed: AtomFeed): string {
  const i = "  ";
  let out = '<?xml version="1.0" encoding="utf-8"?>\n';
  out += `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${escapeXmlAttribute(feed.xmlBase)}" xml:lang="en-GB">\n`;
  out += element("id", feed.id, i);
  out += `${i}<title type="text">${escapeXmlText(feed.title)}</title>\n`;
  out += `${i}<subtitle type="text">${escapeXmlText(feed.subtitle)}</subtitle>\n`;
  out += element("updated", atomDate(feed.updated), i);
  for (const l of feed.links) out += link(l, i);
  out += `${i}<author>\n${element("name", feed.author, `${i}  `)}${i}</author>\n`;
  out += `${i}<generator>Shared Ledger</generator>\n`;
  for (const entry of feed.entries) out += renderEntry(entry);
  return `${out}</feed>\n`;
}
