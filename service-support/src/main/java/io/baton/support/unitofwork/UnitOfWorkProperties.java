package io.baton.support.unitofwork;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code baton.unit-of-work.*}: how many times in all a {@link UnitOfWork} tries a change that
 * finds its aggregate changed by someone else since it was read. Every aggregate of every service
 * tries the same number of times, so a conflict behaves the same everywhere.
 *
 * @param tries the tries in all, the first one included (at least 1)
 */
@ConfigurationProperties("baton.unit-of-work")
public record UnitOfWorkProperties(@DefaultValue("10") int tries) {

  public UnitOfWorkProperties {
    if (tries < 1) {
      throw new IllegalArgumentException(
          "baton.unit-of-work.tries must be at least 1, not " + tries);
    }
  }
}
