package io.baton.lead;

import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.ServiceRuntimeContract;

@BatonServiceTest
class LeadServiceRuntimeIT extends ServiceRuntimeContract {}
