package io.baton.lead;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LeadServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(LeadServiceApplication.class, args);
  }
}
