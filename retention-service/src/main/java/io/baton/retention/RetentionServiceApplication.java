package io.baton.retention;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RetentionServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(RetentionServiceApplication.class, args);
  }
}
