package io.baton.onboarding;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OnboardingServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(OnboardingServiceApplication.class, args);
  }
}
