package io.baton.bench;

import java.time.Duration;
import java.util.List;

/**
 * The timings of one journey. The three automated steps run from the moment the driver acted (won
 * the deal, submitted the brief, accepted) until the engine created the next user task, or
 * onboarding-service recorded the onboarding's start, by those components' own timestamps (one
 * machine, one clock), so polling does not blur them. The API timings are the driver's calls to the
 * Camunda user-task API.
 */
record JourneySample(
    Duration wonToBriefTask,
    Duration briefToAcceptTask,
    Duration acceptToOnboarding,
    Duration completeBriefCall,
    Duration assignAcceptCall,
    Duration completeAcceptCall,
    List<Duration> taskSearchCalls) {}
