package io.baton.support.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RecipientTest {

  @Test
  void readsBackWhatItWrites() {
    assertThat(Recipient.parse(Recipient.user("sam")))
        .isEqualTo(new Recipient(Recipient.Kind.USER, "sam"));
    assertThat(Recipient.parse(Recipient.role("admin")))
        .isEqualTo(new Recipient(Recipient.Kind.ROLE, "admin"));
    assertThat(Recipient.parse(Recipient.team("sales-managers")))
        .isEqualTo(new Recipient(Recipient.Kind.TEAM, "sales-managers"));
  }

  @Test
  void refusesWhatNamesNoKindOrNoName() {
    assertThatIllegalArgumentException().isThrownBy(() -> Recipient.parse("sam"));
    assertThatIllegalArgumentException().isThrownBy(() -> Recipient.parse("user:"));
    assertThatIllegalArgumentException().isThrownBy(() -> Recipient.parse("group:sales"));
  }
}
