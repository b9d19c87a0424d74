package io.baton.retention.customer.adapter.in.web;

import io.baton.retention.customer.application.CustomerQueries;
import io.baton.retention.customer.application.HandOverCustomer;
import io.baton.retention.customer.application.HandingOverCustomer;
import io.baton.retention.customer.application.RegisteringCustomer;
import io.baton.retention.customer.domain.Customer;
import io.baton.retention.health.domain.Band;
import io.baton.retention.shared.adapter.in.web.RetentionIds;
import io.baton.support.unitofwork.Changed;
import io.baton.support.vocabulary.KebabCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers")
@Validated
@Tag(
    name = "Customers",
    description = "Customers retention looks after: signals, health and why it changed, renewals")
class CustomerController {

  private final RegisteringCustomer registeringCustomer;
  private final HandingOverCustomer handingOverCustomer;
  private final CustomerQueries queries;
  private final Clock clock;

  CustomerController(
      RegisteringCustomer registeringCustomer,
      HandingOverCustomer handingOverCustomer,
      CustomerQueries queries,
      Clock clock) {
    this.registeringCustomer = registeringCustomer;
    this.handingOverCustomer = handingOverCustomer;
    this.queries = queries;
    this.clock = clock;
  }

  @PutMapping("/{customerId}")
  @Operation(
      summary = "Register a won customer (the customer id is the deal id) or change its profile",
      description =
          "A new customer starts in lifecycle onboarding. renewalDate defaults to a year after"
              + " contractDate. lineage (optional) says where the customer came from; its known keys"
              + " replace those known before.")
  @ApiResponse(
      responseCode = "201",
      description = "Registered; its health is assessed from no signals")
  @ApiResponse(
      responseCode = "200",
      description = "The profile was changed, or was the same already")
  @ApiResponse(responseCode = "400", description = "Invalid input, naming each wrong field")
  @ApiResponse(
      responseCode = "409",
      description = "Someone else changed the customer at the same time")
  ResponseEntity<CustomerResponse> register(
      @PathVariable
          @Size(max = 64)
          @Pattern(regexp = RetentionIds.PATTERN, message = RetentionIds.MESSAGE)
          String customerId,
      @Valid @RequestBody CustomerRequest request) {
    RegisteringCustomer.Registration registration =
        registeringCustomer.register(customerId, request.toProfile(), request.toLineage());
    CustomerResponse body = CustomerResponse.of(queries.get(customerId), clock.instant());
    if (!registration.created()) {
      return ResponseEntity.ok(body);
    }
    return ResponseEntity.created(URI.create("/api/customers/" + customerId)).body(body);
  }

  @PostMapping("/{customerId}/handover")
  @Operation(
      summary = "Hand the customer from onboarding to retention after first value",
      description =
          "The customer becomes active and its renewal runway applies. lineage (optional)"
              + " completes where the customer came from: its known keys replace those of the"
              + " registration. The first handover counts; a repeat changes only a lineage that"
              + " knows more.")
  @ApiResponse(responseCode = "200", description = "Handed over (now or before)")
  @ApiResponse(responseCode = "400", description = "Invalid input, naming each wrong field")
  @ApiResponse(responseCode = "404", description = "No such customer")
  @ApiResponse(responseCode = "409", description = "The customer churned")
  CustomerResponse handOver(
      @PathVariable String customerId, @Valid @RequestBody HandoverRequest request) {
    Changed<Customer> result =
        handingOverCustomer.handOver(
            new HandOverCustomer(
                customerId,
                request.firstValueAt(),
                request.timeToValueDays(),
                request.toPromises(),
                request.toOnboardingHistory(),
                request.toLineage()));
    return CustomerResponse.of(queries.get(result.value().customerId()), clock.instant());
  }

  @GetMapping("/{customerId}")
  @Operation(
      summary =
          "A customer: profile, health with the latest explanation, renewal, handover, active save play")
  @ApiResponse(responseCode = "200", description = "The customer")
  @ApiResponse(responseCode = "404", description = "No such customer")
  CustomerResponse get(@PathVariable String customerId) {
    return CustomerResponse.of(
        CustomerOwnership.OWNERSHIP.visible(queries.get(customerId)), clock.instant());
  }

  @GetMapping
  @Operation(summary = "Customers by band and account manager, least healthy first")
  @ApiResponse(responseCode = "200", description = "The customers")
  @ApiResponse(responseCode = "400", description = "An unknown band or a limit out of range")
  List<CustomerSummaryResponse> list(
      @RequestParam(required = false)
          @Pattern(regexp = "green|yellow|red", message = "must be green, yellow or red")
          String band,
      @RequestParam(required = false) String accountManager,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
    Band wanted = band == null ? null : KebabCase.fromCode(Band.class, band).orElseThrow();
    return queries
        .list(wanted, CustomerOwnership.OWNERSHIP.visibleOwner(accountManager), limit)
        .stream()
        .map(CustomerSummaryResponse::of)
        .toList();
  }
}
