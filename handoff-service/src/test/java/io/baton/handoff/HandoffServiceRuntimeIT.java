package io.baton.handoff;

import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.ServiceRuntimeContract;

@BatonServiceTest
class HandoffServiceRuntimeIT extends ServiceRuntimeContract {}
