/** A small questionnaire shaped like the real ones, for unit tests. */
import type { Advice, QuestionnaireFile } from '../../../src/lib/questionnaire/index.ts';

/** A dimension as its file holds it, advice included. */
type Dimension = QuestionnaireFile['dimensions'][number];

const advice = (href: string): Advice => ({ text: 'Un conseil de test assez long.', links: [{ label: 'Lien', href }] });

export function dimension(id: string, statements: { id: string; reversed?: boolean; mayNotApply?: boolean; text?: string }[]): Dimension {
  return {
    id,
    title: `Dimension ${id}`,
    description: 'Une dimension de test.',
    statements: statements.map((s) => ({
      id: s.id,
      text: s.text ?? `Affirmation ${s.id}`,
      reversed: s.reversed ?? false,
      ...(s.mayNotApply ? { mayNotApply: true } : {}),
    })),
    advice: {
      fort: advice('/guides/a/'),
      discuter: advice('/guides/a/#section-a'),
      travailler: advice('/fiches/b/#déroulé'),
    },
  };
}

export function questionnaire(dimensions: Dimension[], version = 1, shareCode = 'test'): QuestionnaireFile {
  return {
    id: 'test',
    version,
    shareCode,
    title: 'Questionnaire de test',
    respondent: 'un membre',
    instructions: 'Répondez seul, sans vous concerter.',
    scale: ['Pas du tout d’accord', 'Plutôt pas d’accord', 'Partagé', 'Plutôt d’accord', 'Tout à fait d’accord'],
    unknown: 'Je ne sais pas',
    notApplicable: 'Sans objet',
    levels: { fort: 'Point fort', discuter: 'À discuter', travailler: 'À travailler' },
    insufficient: 'Pas assez de réponses',
    dimensions,
  };
}

/** 8 dimensions × 5 statements = 40, one reversed statement per dimension. */
export function forty(version = 1): QuestionnaireFile {
  return questionnaire(
    Array.from({ length: 8 }, (_, d) =>
      dimension(
        `d${d}`,
        Array.from({ length: 5 }, (_, s) => ({ id: `d${d}-s${s}`, reversed: s === 4 })),
      ),
    ),
    version,
  );
}
