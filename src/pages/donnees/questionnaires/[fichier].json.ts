/**
 * The part of each questionnaire its pages load only when they need it: advice and frozen earlier
 * versions (src/lib/questionnaire/deferred.ts), one static file per questionnaire version, named
 * after its content.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { questionnaireForPage, questionnaireIds } from '../../../data/questionnaires.ts';

export const getStaticPaths = (async () => {
  const ids = await questionnaireIds();
  return Promise.all(
    ids.map(async (id) => {
      const { extras } = await questionnaireForPage(id);
      return { params: { fichier: extras.fileName }, props: { body: extras.body } };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
