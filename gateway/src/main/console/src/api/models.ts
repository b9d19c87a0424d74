/**
 * The parts of the services' JSON the console reads. Every field is optional: a service may leave
 * out what it does not know (the services write no nulls), and retention's API is still growing.
 */

export interface Lead {
  leadId: string;
  status?: string;
  company?: { name?: string; size?: number };
  contact?: { name?: string; email?: string };
  source?: { channel?: string; campaign?: string };
  intent?: string;
  receivedAt?: string;
  play?: {
    name?: string;
    slaTier?: string;
    talkTrack?: string;
    nextStep?: string;
    reason?: string;
    inputs?: Record<string, unknown>;
    decidedAt?: string;
  };
  owner?: string;
  team?: string;
  firstContactDueAt?: string;
  firstContactAt?: string;
  timeToFirstContact?: string;
  attempts?: { channel?: string; outcome?: string; notes?: string; at?: string }[];
  assignments?: { owner?: string; team?: string; reason?: string; at?: string }[];
  escalations?: { stage?: string; at?: string; note?: string }[];
  qualifiedAt?: string;
  outcome?: { outcome?: string; reason?: string; notes?: string; recordedBy?: string; at?: string };
}

export type HandoffStatus = 'DEAL_WON' | 'AWAITING_BRIEF' | 'AWAITING_ACCEPTANCE' | 'ACCEPTED';

export interface Handoff {
  dealId: string;
  leadId?: string;
  customerName?: string;
  salesOwner?: string;
  arr?: number;
  closeDate?: string;
  status?: HandoffStatus;
  overdue?: boolean;
  wonAt?: string;
  briefDueAt?: string;
  briefCompletedAt?: string;
  acceptanceDueAt?: string;
  accountManager?: string;
  acceptanceNote?: string;
  acceptedAt?: string;
  timeToBrief?: string;
  timeToAccept?: string;
  context?: { available?: boolean; channel?: string; campaign?: string; play?: string; notes?: string[] };
  brief?: {
    promises?: { text?: string; owner?: string; dueDate?: string }[];
    stakeholders?: { name?: string; role?: string; contact?: string }[];
    successCriteria?: { metric?: string; baseline?: string; target?: string }[];
    risks?: string;
    notSold?: string;
    desiredGoLiveDate?: string;
  };
  returns?: { round?: number; questions?: string; at?: string }[];
  escalations?: { stage?: string; round?: number; at?: string }[];
  history?: { status?: HandoffStatus; at?: string }[];
}

export interface Checkpoint {
  checkpointId: string;
  name?: string;
  status?: string;
  startedAt?: string;
  dueAt?: string;
  completedAt?: string;
  behindSince?: string;
  daysLate?: number;
  overdue?: boolean;
  evidence?: string;
  completedBy?: string;
}

export interface OnboardingPlan {
  dealId: string;
  customerName?: string;
  accountManager?: string;
  segment?: string;
  status?: string;
  overdue?: boolean;
  startedAt?: string;
  goLiveTarget?: string;
  checkpoints?: Checkpoint[];
  promises?: { promiseId?: string; text?: string; owner?: string; dueDate?: string; status?: string; note?: string }[];
  blockers?: {
    blockerId?: string;
    checkpointId?: string;
    description?: string;
    reportedBy?: string;
    reportedAt?: string;
  }[];
  firstValueAt?: string;
  timeToValueDays?: number;
  handedOverAt?: string;
}

export interface Health {
  score?: number;
  band?: string;
  trend?: string;
  changedAt?: string;
  components?: { component?: string; value?: number; weight?: number }[];
}

export interface HealthChange {
  at?: string;
  cause?: string;
  fromScore?: number;
  toScore?: number;
  fromBand?: string;
  toBand?: string;
  summary?: string;
}

export interface CustomerSummary {
  customerId: string;
  customerName?: string;
  accountManager?: string;
  arr?: number;
  lifecycle?: string;
  renewalDate?: string;
  health?: Health;
}

export interface SavePlayTrigger {
  source?: string;
  reason?: string;
  triggeredBy?: string;
  sourceTicket?: string;
  at?: string;
}

export interface Customer extends CustomerSummary {
  segment?: string;
  latestExplanation?: HealthChange;
  renewal?: { renewalDate?: string; daysToRenewal?: number; arr?: number };
  handover?: { firstValueAt?: string; timeToValueDays?: number; handedOverAt?: string };
  activeIntervention?: { interventionId?: string; startedAt?: string; play?: string; triggers?: SavePlayTrigger[] };
}

export interface HealthHistory {
  customerId?: string;
  changes?: HealthChange[];
}

export interface SavePlay {
  interventionId: string;
  customerId?: string;
  customerName?: string;
  status?: string;
  play?: string;
  healthScore?: number;
  band?: string;
  arrAtStart?: number;
  riskReasons?: string[];
  triggers?: SavePlayTrigger[];
  decision?: { playName?: string; workedBy?: string };
  outcome?: {
    outcome?: string;
    arrKept?: number;
    arrLost?: number;
    workedBy?: string;
    notes?: string;
    recordedAt?: string;
  };
  startedAt?: string;
  closedAt?: string;
}
