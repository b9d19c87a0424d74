package io.baton.engine;

import io.camunda.client.protocol.rest.BrokerInfo;
import io.camunda.client.protocol.rest.Partition;
import io.camunda.client.protocol.rest.Partition.HealthEnum;
import io.camunda.client.protocol.rest.Partition.RoleEnum;
import io.camunda.client.protocol.rest.TopologyResponse;
import io.camunda.zeebe.util.VersionUtil;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Camunda 8.8's {@code GET /v2/topology}: one broker, one healthy partition it leads. The cluster
 * was never resized, so it has no completed topology change: {@code lastCompletedChangeId} is -1,
 * as Camunda answers for a cluster without one (a key, so a string).
 */
@RestController
class TopologyController {

  private final EngineRuntime runtime;

  TopologyController(final EngineRuntime runtime) {
    this.runtime = runtime;
  }

  /** Camunda's value when no topology change has completed. */
  static final String NO_COMPLETED_CHANGE = "-1";

  @GetMapping("/v2/topology")
  TopologyResponse topology() {
    final Partition partition =
        new Partition().partitionId(1).role(RoleEnum.LEADER).health(HealthEnum.HEALTHY);
    final BrokerInfo broker =
        new BrokerInfo()
            .nodeId(0)
            .host("localhost")
            .port(runtime.engine().grpcPort())
            .partitions(List.of(partition))
            .version(VersionUtil.getVersion());
    return new TopologyResponse()
        .brokers(List.of(broker))
        .clusterSize(1)
        .partitionsCount(1)
        .replicationFactor(1)
        .gatewayVersion(VersionUtil.getVersion())
        .lastCompletedChangeId(NO_COMPLETED_CHANGE);
  }
}
