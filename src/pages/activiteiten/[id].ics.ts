/**
 * A calendar file for each recurring activity (RFC 5545): a weekly event that starts on
 * the first matching day after the activity was last checked, in Amsterdam time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { Activity } from '../../data/activities';
import { calendarFor } from '../../serializers/ics';

export const getStaticPaths = (async () => {
  const activities = await getCollection('activities', (a) => a.data.when.kind === 'weekly');
  return activities.map((activity) => ({ params: { id: activity.id }, props: { activity } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { activity } = props as { activity: Activity };
  const body = calendarFor(activity, new URL(`/activiteiten/${activity.id}/`, site).href);
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
