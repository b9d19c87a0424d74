package io.baton.lead.adapter.in.web;

import io.baton.lead.domain.Company;
import io.baton.lead.domain.Contact;
import io.baton.lead.domain.Interest;
import io.baton.lead.domain.LeadSubmission;
import io.baton.lead.domain.Source;
import io.baton.lead.domain.SourceChannel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A lead as a web form or a CRM webhook submits it: {@code interest} is what the lead asked for (it
 * steers the play), {@code intent} anything it wrote, {@code receivedAt} when it came in at its
 * source (for importing history; defaults to now).
 */
record LeadRequest(
    @Size(max = 100) @Pattern(regexp = "\\S+", message = "must not contain whitespace")
        String externalId,
    @NotNull @Valid CompanyRequest company,
    @NotNull @Valid ContactRequest contact,
    @NotNull @Valid SourceRequest source,
    Interest interest,
    @Size(max = 4000) String intent,
    @PastOrPresent Instant receivedAt) {

  LeadSubmission toSubmission() {
    return new LeadSubmission(
        externalId,
        new Company(company.name(), company.size()),
        new Contact(contact.name(), contact.email(), contact.phone(), contact.title()),
        new Source(source.channel(), source.campaign()),
        interest,
        intent,
        receivedAt);
  }

  record CompanyRequest(@NotBlank @Size(max = 200) String name, @Min(1) Integer size) {}

  record ContactRequest(
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 254) @Email(regexp = ".+@.+\\..+") String email,
      @Size(max = 50) String phone,
      @Size(max = 200) String title) {}

  record SourceRequest(
      @NotNull SourceChannel channel, @NotBlank @Size(max = 100) String campaign) {}
}
