/**
 * Every dated item of the letter on one line of time: the events in content/timeline,
 * the dates commitments' statuses hold from (where a source gives a date, not just the
 * letter's own) and the deadlines the letter sets.
 */
import { getCollection } from 'astro:content';
import { earliestDay, type LocalizedText } from '../schemas';
import { checkQuote, getCommitments, type Status } from './commitments';
import { isDated } from './timeline-dates';

export interface TimelineItem {
  /** The anchor of the item on the timeline page. */
  id: string;
  kind: 'event' | 'status' | 'due';
  /** A known date: YYYY, YYYY-MM, YYYY-MM-DD or 'after YYYY-MM-DD'. */
  date: string;
  until?: string | undefined;
  title: LocalizedText;
  /** The paragraph of the letter, or another source, that gives the date. */
  source: string;
  conclusion?: number | undefined;
  /** For a status or deadline: the commitment and, for a status, which one. */
  commitment?: string;
  status?: Status;
  /** The letter's own words for a deadline ('eind 2026'). */
  words?: string;
}

/**
 * Orders known dates: by their earliest day, and a date known only as 'after' a day
 * after that day itself.
 */
export const dateOrder = (date: string) => `${earliestDay(date)}${date.startsWith('after ') ? '~' : ''}`;

export async function getTimeline(): Promise<TimelineItem[]> {
  const events = await getCollection('timeline');
  const items: TimelineItem[] = [];
  for (const e of events) {
    await checkQuote(`content/timeline/${e.id}.yaml`, 'quote', e.data.quote);
    items.push({
      id: e.id,
      kind: 'event',
      date: e.data.date,
      until: e.data.until,
      title: e.data.title,
      source: `brief#${e.data.quote.anchor}`,
      conclusion: e.data.conclusion,
    });
  }
  for (const c of await getCommitments()) {
    const base = { title: c.data.title, commitment: c.id, conclusion: c.data.conclusions[0] };
    c.data.history.forEach((h, i) => {
      if (isDated(h.from)) items.push({ ...base, id: `${c.id}-status-${i + 1}`, kind: 'status', date: h.from, status: h.status, source: h.source });
    });
    if (c.data.due)
      items.push({ ...base, id: `${c.id}-termijn`, kind: 'due', date: c.data.due.date, words: c.data.due.words, source: `brief#${c.data.quote.anchor}` });
  }
  return items.sort((a, b) => dateOrder(a.date).localeCompare(dateOrder(b.date)) || a.id.localeCompare(b.id));
}
