package io.baton.lead;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LeadServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(LeadServiceApplication.class, args);
  }
}
