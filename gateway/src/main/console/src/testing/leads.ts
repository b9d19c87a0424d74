import type { Lead } from '../api/models';

type Play = NonNullable<Lead['play']>;

/** A lead as lead-service sends it: every key present, null where nothing is known yet. */
export function aLead(leadId: string, fields: Partial<Lead> = {}): Lead {
  return {
    leadId,
    externalId: null,
    status: 'new',
    company: null,
    contact: null,
    source: null,
    interest: null,
    intent: null,
    receivedAt: null,
    play: null,
    owner: null,
    team: null,
    firstContactDueAt: null,
    firstContactAt: null,
    timeToFirstContact: null,
    processInstanceKey: null,
    attempts: [],
    assignments: [],
    escalations: [],
    qualifiedAt: null,
    outcome: null,
    ...fields,
  };
}

/** A play decided for a lead, with only its name known. */
export function aPlay(name: string): Play {
  return {
    name,
    slaTier: null,
    talkTrack: null,
    nextStep: null,
    reason: null,
    decisionId: null,
    inputs: null,
    decidedAt: null,
  };
}
