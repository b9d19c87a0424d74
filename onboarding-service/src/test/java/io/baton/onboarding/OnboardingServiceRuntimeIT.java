package io.baton.onboarding;

import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.ServiceRuntimeContract;

@BatonServiceTest
class OnboardingServiceRuntimeIT extends ServiceRuntimeContract {}
