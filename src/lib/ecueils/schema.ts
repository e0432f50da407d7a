/**
 * Schemas of the « Anticiper les écueils » rules (content/ecueils/*.yaml): the questions, the
 * legal forms with the reasons that rank them, and the vigilance points. Pure module: used by
 * the content collections and by the unit tests. Messages are in French for content editors.
 */
import { z } from 'zod';
import { choicesOf, VIGILANCE_THEMES } from './choices.ts';
import { ECUEILS_SCHEMA_MESSAGES as M } from './messages.ts';

export { choicesOf, DEFAULT_CHOICES, VIGILANCE_THEMES } from './choices.ts';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: M.identifier,
});

/** An internal link to a guide section, e.g. "/guides/franchise-tva-et-filialisation/#la-tva". */
const guideLink = z.object({
  titre: z.string().min(3),
  href: z.string().regex(/^\/(?:guides|fiches|outils|glossaire|sources)\/[^\s?#]*(?:#\S+)?$/u, {
    message: M.internalLink,
  }),
});

export const choiceSchema = z.object({ id, label: z.string().min(2) }).strict();

export const questionSchema = z
  .object({
    id,
    question: z.string().min(10),
    /** Why the answer matters, in one or two sentences. */
    pourquoi: z.string().min(20),
    /** Answers besides « Je ne sais pas » (always offered); Oui / Non by default. Append only: the order is written in share links. */
    choix: z.array(choiceSchema).min(2).max(8).optional(),
  })
  .strict();

/**
 * When a rule applies: every question named must have one of the listed answers (AND); a list
 * of such maps applies when any of them does (OR).
 */
const clause = z.record(id, z.array(id).min(1));
export const conditionSchema = z.union([clause, z.array(clause).min(1)]);

export const formRuleSchema = z
  .object({
    si: conditionSchema,
    /** +2 / +1 in favour, -1 / -2 against, or `exclu` when the form cannot do it at all. */
    effet: z.union([z.literal('exclu'), z.number().int().min(-3).max(3).refine((n) => n !== 0, M.zeroEffect)]),
    raison: z.string().min(15),
    faits: z.array(id).default([]),
  })
  .strict();

export const formSchema = z
  .object({
    id,
    nom: z.string().min(3),
    resume: z.string().min(30),
    guide: guideLink,
    faits: z.array(id).default([]),
    regles: z.array(formRuleSchema).min(1),
  })
  .strict();


export const vigilanceSchema = z
  .object({
    id,
    theme: z.enum(VIGILANCE_THEMES),
    titre: z.string().min(10),
    texte: z.string().min(40),
    si: conditionSchema,
    guide: guideLink,
    faits: z.array(id).min(1, { message: M.factNeeded }),
  })
  .strict();

export const ecueilsSchema = z
  .object({
    /** Raise it when a question is removed or changes meaning; appending questions or choices keeps it. */
    version: z.number().int().positive(),
    /** Tag of the share links: 1 to 8 of a–z, 0–9. */
    shareCode: z.string().regex(/^[a-z0-9]{1,8}$/),
    questions: z.array(questionSchema).min(1),
    formes: z.array(formSchema).min(2),
    vigilances: z.array(vigilanceSchema).min(1),
  })
  .strict()
  .superRefine((data, ctx) => {
    const questions = new Map(data.questions.map((q) => [q.id, q]));
    const unique = (ids: string[], path: (string | number)[], what: string) => {
      const seen = new Set<string>();
      ids.forEach((value, i) => {
        if (seen.has(value)) ctx.addIssue({ code: 'custom', message: M.duplicate(what, value), path: [...path, i, 'id'] });
        seen.add(value);
      });
    };
    unique(data.questions.map((q) => q.id), ['questions'], M.kinds.question);
    unique(data.formes.map((f) => f.id), ['formes'], M.kinds.form);
    unique(data.vigilances.map((v) => v.id), ['vigilances'], M.kinds.point);
    const checkCondition = (condition: z.output<typeof conditionSchema>, path: (string | number)[]) => {
      const clauses = Array.isArray(condition) ? condition : [condition];
      clauses.forEach((c, i) => {
        for (const [questionId, answers] of Object.entries(c)) {
          const question = questions.get(questionId);
          const where = Array.isArray(condition) ? [...path, i, questionId] : [...path, questionId];
          if (!question) {
            ctx.addIssue({ code: 'custom', message: M.unknownQuestion(questionId), path: where });
            continue;
          }
          const allowed = new Set(choicesOf(question).map((ch) => ch.id));
          for (const answer of answers) {
            if (!allowed.has(answer)) {
              ctx.addIssue({
                code: 'custom',
                message: M.unknownAnswer(answer, questionId, [...allowed]),
                path: where,
              });
            }
          }
        }
      });
    };
    data.formes.forEach((f, i) => f.regles.forEach((r, j) => checkCondition(r.si, ['formes', i, 'regles', j, 'si'])));
    data.vigilances.forEach((v, i) => checkCondition(v.si, ['vigilances', i, 'si']));
  });

export type EcueilsRules = z.output<typeof ecueilsSchema>;
export type EcueilsQuestion = z.output<typeof questionSchema>;
export type EcueilsChoice = z.output<typeof choiceSchema>;
export type LegalForm = z.output<typeof formSchema>;
export type FormRule = z.output<typeof formRuleSchema>;
export type VigilancePoint = z.output<typeof vigilanceSchema>;
export type Condition = z.output<typeof conditionSchema>;
export type VigilanceTheme = (typeof VIGILANCE_THEMES)[number];

/** Every fact id the rules cite, with where, so the build can check them against the registry. */
export function citedFacts(rules: EcueilsRules): { factId: string; where: string }[] {
  return [
    ...rules.formes.flatMap((f) => [
      ...f.faits.map((factId) => ({ factId, where: `formes.${f.id}.faits` })),
      ...f.regles.flatMap((r, j) => r.faits.map((factId) => ({ factId, where: `formes.${f.id}.regles[${j}].faits` }))),
    ]),
    ...rules.vigilances.flatMap((v) => v.faits.map((factId) => ({ factId, where: `vigilances.${v.id}.faits` }))),
  ];
}

/** How the tool shows a fact of the registry it cites (filled at build time from content/faits.yaml). */
export interface FactCitation {
  readonly id: string;
  /** The fact in a short sentence, with its value and year where it has one. */
  readonly text: string;
  readonly sourceTitle: string;
  readonly sourceUrl: string;
  readonly toCheck: boolean;
}
