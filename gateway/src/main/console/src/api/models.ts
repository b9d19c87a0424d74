/**
 * The services' responses as the console reads them: names onto the types generated from the
 * services' committed OpenAPI documents (`npm run generate:api` writes them to `./generated`).
 * lead-service sends every key, null where nothing is known; the other services leave out what
 * they do not know, so a field their document does not require may be absent.
 */
import type { components as HandoffApi } from './generated/handoff-service';
import type { components as LeadApi } from './generated/lead-service';
import type { components as OnboardingApi } from './generated/onboarding-service';
import type { components as RetentionApi } from './generated/retention-service';

export type Lead = LeadApi['schemas']['LeadResponse'];

export type Handoff = HandoffApi['schemas']['HandoffResponse'];
export type HandoffStatus = NonNullable<Handoff['status']>;

export type OnboardingPlan = OnboardingApi['schemas']['OnboardingPlanResponse'];
export type Checkpoint = OnboardingApi['schemas']['CheckpointResponse'];

export type CustomerSummary = RetentionApi['schemas']['CustomerSummaryResponse'];
export type Customer = RetentionApi['schemas']['CustomerResponse'];
export type HealthHistory = RetentionApi['schemas']['HealthHistoryResponse'];
export type SavePlay = RetentionApi['schemas']['InterventionResponse'];
