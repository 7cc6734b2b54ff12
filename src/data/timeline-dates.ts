/**
 * Which dates of a commitment the timeline shows. Plain (no Astro), so the timeline page and
 * the translation status (which follows the commitment titles the timeline shows) share it.
 */

/** A status the letter supports from its own (unknown) date, 'after 2025-09-30', is not a dated item. */
export const isDated = (from: string) => !from.startsWith('after ');

/** A commitment is on the timeline, by its title, where it has a deadline or a status from a known date. */
export const isOnTimeline = (commitment: { due?: unknown; history?: readonly { from: string }[] }) =>
  !!commitment.due || (commitment.history ?? []).some((h) => isDated(String(h.from)));
