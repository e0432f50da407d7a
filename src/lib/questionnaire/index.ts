/** The questionnaire engine: pure functions, no framework. */
export * from './types.ts';
export * from './scoring.ts';
export * from './statistics.ts';
export * from './synthesis.ts';
export * from './share.ts';
export * from './storage.ts';
export * from './exports.ts';
export * from './collect.ts';
export * from './links.ts';
export * from './versions.ts';
export * from './messages.ts';
export * from './deferred.ts';
