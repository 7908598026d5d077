import { registerEnumType } from 'type-graphql';

/**
 * What happened to the entity an outbox row carries. Every row carries the entity's whole
 * state after the change (state transfer, not deltas), so a consumer applies the latest
 * row per key and needs no history; DELETED tells it to drop its copy.
 */
export enum FeedEvent {
  CREATED = 'CREATED',
  CHANGED = 'CHANGED',
  CORRECTED = 'CORRECTED',
  DELETED = 'DELETED',
}
registerEnumType(FeedEvent, {
  name: 'FeedEvent',
  description: 'What a feed change did to its entity; the change carries the state after it.',
  valuesConfig: {
    CREATED: { description: 'Recorded for the first time.' },
    CHANGED: { description: 'Changed in the course of business (a job ended, a new head count).' },
    CORRECTED: { description: 'A mistake in an earlier state corrected.' },
    DELETED: { description: 'Withdrawn: consumers drop their copy.' },
  },
});
