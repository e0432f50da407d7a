// The generated French pages of the benchmark, shared by the project's corpus
// (tests/bench/gen-project.mjs) and the Starlight peer's (tests/bench/peer/scripts/gen.mjs), so page
// i has the same text on both sites. Reproducible: page i uses its own PRNG seeded from (seed, i);
// only internal-link targets depend on the number of pages. The options say how each site names a
// page: `slugSeparator` between theme and title ("/" makes a folder), `linkPrefix` before a slug.
// mulberry32 PRNG
function rng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// ~300 French words (nouns, adjectives, verbs, function words), accents included.
const NOUNS = `coopération gouvernance collectif accompagnateur territoire économie confiance énergie
coopérative coopératives association adhérent adhérente assemblée bénévole bénévolat bilan budget charte commune
communauté compétence concertation conseil contrat convention cotisation création crédit décision démarche
développement dialogue diagnostic dispositif dynamique échange école écologie égalité emploi engagement entreprise
entrepreneur équipe espace état étude évaluation expérience expérimentation fédération financement fonds formation
habitant habitat héritage initiative innovation inclusion insertion institution intérêt jardin lien logement
marché médiation membre mobilité mutualisation organisation outil partage partenaire partenariat participation
patrimoine pédagogie pérennité politique porteur pratique premier projet proximité qualité quartier réciprocité
réflexion région règle réseau ressource responsabilité restauration résultat réunion ruralité santé savoir
sécurité service société sociétaire soutien stratégie structure subvention système tâche technique temps transition
transparence travail utilité valeur vie ville vision vote alimentation agriculture artisan atelier bibliothèque
circuit citoyen citoyenneté climat collectivité commerce culture déchet démocratie éducation électricité élu
forêt gestion histoire industrie jeunesse justice mémoire monnaie numérique paysage pouvoir production recherche
rénovation saison solidarité statut usager village accompagnement autonomie cohésion dignité émancipation
épargne équilibre fraternité générosité hospitalité impact lucidité médiathèque méthode mission négociation
objectif ouverture parité pilotage priorité réemploi résilience sobriété vigilance`.split(/\s+/);

const ADJS = `solidaire collectif collective local locale durable social sociale partagé partagée commun commune
participatif participative démocratique économique écologique équitable responsable ouvert ouverte citoyen
citoyenne rural rurale urbain urbaine régional régionale nouveau nouvelle juste libre fragile solide essentiel
essentielle concret concrète progressif sensible précieux précieuse autonome accessible mutuel mutuelle
coopératif transparent transparente énergétique alimentaire numérique éthique innovant innovante pérenne`.split(/\s+/);

const VERBS = `accompagne renforce construit développe favorise soutient organise partage facilite structure
encourage valorise mobilise anime coordonne finance transforme protège relie crée améliore élabore garantit
représente rassemble accueille expérimente décide évalue réinvente préserve`.split(/\s+/);

const DETS = `le la les un une des du ce cette chaque notre votre leur`.split(/\s+/);
const PREPS = `pour avec dans sur entre par vers autour_de grâce_à au_sein_de auprès_de`.split(/\s+/).map((w) => w.replace(/_/g, ' '));
const CONNECT = `Ainsi, | Par ailleurs, | En effet, | De plus, | Cependant, | Dans ce cadre, | Concrètement, | Au quotidien, | Enfin, | Pour autant,`.split('|').map((s) => s.trim());

export const WORDS = [...NOUNS, ...ADJS, ...VERBS, ...DETS, ...PREPS];

export const THEMES = [
	['cooperation', 'Coopération'],
	['gouvernance', 'Gouvernance'],
	['economie-solidaire', 'Économie solidaire'],
	['territoire', 'Territoire'],
	['energie', 'Énergie'],
	['accompagnement', 'Accompagnement'],
	['collectif', 'Collectif'],
	['confiance', 'Confiance'],
	['financement', 'Financement'],
	['numerique', 'Numérique'],
];

const slugify = (s) =>
	s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

export function pageMeta(i, { seed, slugSeparator }) {
	const r = rng(seed * 7919 + i * 104729);
	const pick = (arr) => arr[Math.floor(r() * arr.length)];
	const theme = THEMES[i % THEMES.length];
	const title = cap(`${pick(NOUNS)} ${pick(ADJS)} et ${pick(NOUNS)}`) + ` ${i + 1}`;
	const slug = `${theme[0]}${slugSeparator}${slugify(title)}`;
	return { i, theme, title, slug };
}

export function makePage(i, metas, { seed, slugSeparator, linkPrefix }) {
	const r = rng(seed * 31337 + i * 7877);
	const pick = (arr) => arr[Math.floor(r() * arr.length)];
	const int = (a, b) => a + Math.floor(r() * (b - a + 1));
	const np = () => {
		const d = pick(DETS);
		const n = pick(NOUNS);
		return r() < 0.45 ? `${d} ${n} ${pick(ADJS)}` : `${d} ${n}`;
	};
	const sentence = () => {
		let s = `${np()} ${pick(VERBS)} ${np()}`;
		const extra = int(0, 2);
		for (let k = 0; k < extra; k++) s += ` ${pick(PREPS)} ${np()}`;
		if (r() < 0.25) s += `, et ${np()} ${pick(VERBS)} ${np()}`;
		s = cap(s);
		if (r() < 0.2) s = `${pick(CONNECT)} ${s.charAt(0).toLowerCase()}${s.slice(1)}`;
		return s + '.';
	};
	const link = () => {
		const t = metas[Math.floor(r() * metas.length)];
		return `[${t.title.toLowerCase()}](${linkPrefix}${t.slug}/)`;
	};
	const paragraph = (withLink) => {
		const parts = [];
		const n = int(3, 5);
		for (let k = 0; k < n; k++) parts.push(sentence());
		if (withLink) parts.splice(int(1, parts.length), 0, `Voir aussi ${link()}.`);
		return parts.join(' ');
	};
	const wc = (s) => s.split(/\s+/).filter(Boolean).length;

	const m = metas[i] ?? pageMeta(i, { seed, slugSeparator });
	const description = cap(`${np()} ${pick(VERBS)} ${np()} ${pick(PREPS)} ${np()}.`);
	const nHeadings = int(4, 6);
	const nLinks = int(2, 4);
	const linkSections = new Set();
	while (linkSections.size < Math.min(nLinks, nHeadings)) linkSections.add(int(0, nHeadings - 1));

	const body = [];
	let words = 0;
	body.push(paragraph(false));
	words += wc(body[0]);
	const perSection = Math.ceil((500 - words) / nHeadings);
	for (let h = 0; h < nHeadings; h++) {
		const level = h === 0 || r() < 0.6 ? '##' : '###';
		body.push(`${level} ${cap(`${pick(NOUNS)} ${pick(ADJS)}`)}`);
		let secWords = 0;
		let first = true;
		while (secWords < perSection) {
			let p;
			if (!first && r() < 0.15) {
				p = Array.from({ length: int(3, 4) }, () => `- ${cap(np())} ${pick(VERBS)} ${np()}.`).join('\n');
			} else {
				p = paragraph(first && linkSections.has(h));
				if (r() < 0.3) p = p.replace(/ (\S+ \S+)\./, ' **$1**.');
			}
			first = false;
			body.push(p);
			secWords += wc(p);
		}
		words += secWords;
	}
	const fm = ['---', `title: "${m.title}"`, `description: "${description}"`, '---', ''].join('\n');
	return { meta: m, text: fm + '\n' + body.join('\n\n') + '\n' };
}
