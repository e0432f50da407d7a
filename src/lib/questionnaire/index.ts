/** The questionnaire engine: pure functions, no framework. */
export * from './types';
export * from './scoring';
export * from './statistics';
export * from './synthesis';
export * from './share';
export * from './storage';
export * from './exports';
export * from './collect';
export * from './links';
export * from './messages';
