package io.baton.retention;

import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.ServiceRuntimeContract;

@BatonServiceTest
class RetentionServiceRuntimeIT extends ServiceRuntimeContract {}
