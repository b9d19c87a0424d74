package io.baton.retention.revenue.adapter.in.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The revenue answers are also written as CSV, after every JSON converter ({@link RevenueCsv}). */
@Configuration(proxyBeanMethods = false)
class RevenueCsvConfiguration implements WebMvcConfigurer {

  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    converters.add(new RevenueCsv());
  }
}
