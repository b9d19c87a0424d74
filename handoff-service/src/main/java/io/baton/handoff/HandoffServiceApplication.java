package io.baton.handoff;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HandoffServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(HandoffServiceApplication.class, args);
  }
}
