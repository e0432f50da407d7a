/**
 * The page the service worker writes itself when a page is asked for offline and neither it nor
 * the offline page (/hors-connexion/) is in its store (storage cleared by hand while the worker
 * stayed): plain HTML, no script, no style, no image, so it shows under `default-src 'none'`.
 */
import { frenchSpacing } from '../fr.ts';
import { SITE } from '../site.ts';

export const OFFLINE_FALLBACK_HTML = frenchSpacing(`<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>Hors connexion · ${SITE.name}</title>
</head>
<body>
<main>
<h1>Cette page n’est pas disponible hors connexion</h1>
<p>Votre appareil n’est pas connecté à Internet et la copie du site enregistrée dans ce navigateur est incomplète.</p>
<p>Reconnectez-vous puis rechargez la page : le site s’enregistrera de nouveau pour un usage sans réseau.</p>
<p><a href="/">Revenir à l’accueil de ${SITE.name}</a></p>
</main>
</body>
</html>
`);
