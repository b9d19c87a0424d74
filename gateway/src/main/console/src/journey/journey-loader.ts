import { findJson, getJson, segment } from '../api/http';
import type { Customer, Handoff, HealthHistory, Lead, OnboardingPlan, SavePlay } from '../api/models';
import type { JourneySources } from './handovers';

/** One service's part of the journey: found, not there (yet), or not loadable. */
export type Part<T> = { state: 'found'; value: T } | { state: 'missing' } | { state: 'failed'; error: unknown };

export interface Journey {
  id: string;
  lead: Part<Lead>;
  handoff: Part<Handoff>;
  onboarding: Part<OnboardingPlan>;
  customer: Part<Customer>;
  healthHistory: Part<HealthHistory>;
  savePlays: Part<SavePlay[]>;
}

/**
 * Loads a customer's journey from the deal id that won it (the customer id is the same): handoff,
 * onboarding and retention in parallel, then the lead the handoff names.
 */
export async function loadJourney(id: string): Promise<Journey> {
  const key = segment(id);
  const [handoff, onboarding, customer, healthHistory, savePlays] = await Promise.all([
    part(findJson<Handoff>(`/api/handoffs/${key}`)),
    part(findJson<OnboardingPlan>(`/api/onboardings/${key}`)),
    part(findJson<Customer>(`/api/customers/${key}`)),
    part(findJson<HealthHistory>(`/api/customers/${key}/health-history`)),
    part(getJson<SavePlay[]>(`/api/save-plays?customerId=${key}&limit=50`)),
  ]);
  const leadId = handoff.state === 'found' ? handoff.value.leadId : undefined;
  const lead: Part<Lead> = leadId ? await part(findJson<Lead>(`/api/leads/${segment(leadId)}`)) : { state: 'missing' };
  return { id, lead, handoff, onboarding, customer, healthHistory, savePlays };
}

export function sourcesOf(journey: Journey): JourneySources {
  return {
    lead: valueOf(journey.lead),
    handoff: valueOf(journey.handoff),
    onboarding: valueOf(journey.onboarding),
    customer: valueOf(journey.customer),
  };
}

export function valueOf<T>(loaded: Part<T>): T | undefined {
  return loaded.state === 'found' ? loaded.value : undefined;
}

/** Whether any service knows the id at all. */
export function isKnown(journey: Journey): boolean {
  return [journey.lead, journey.handoff, journey.onboarding, journey.customer].some((p) => p.state !== 'missing');
}

async function part<T>(request: Promise<T | undefined>): Promise<Part<T>> {
  try {
    const value = await request;
    return value === undefined ? { state: 'missing' } : { state: 'found', value };
  } catch (error) {
    return { state: 'failed', error };
  }
}
