package io.baton.support.config;

import feign.codec.Decoder;
import feign.optionals.OptionalDecoder;
import io.baton.support.http.AnswerWithBody;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.http.HttpMessageConverters;
import org.springframework.cloud.openfeign.support.HttpMessageConverterCustomizer;
import org.springframework.cloud.openfeign.support.ResponseEntityDecoder;
import org.springframework.cloud.openfeign.support.SpringDecoder;
import org.springframework.context.annotation.Bean;

/**
 * The decoder of every OpenFeign client of a service: Spring Cloud OpenFeign's own chain, with a
 * success that has no body refused ({@link AnswerWithBody}).
 */
@AutoConfiguration
@ConditionalOnClass({Decoder.class, SpringDecoder.class})
public class FeignAutoConfiguration {

  @Bean
  Decoder feignDecoder(
      ObjectFactory<HttpMessageConverters> messageConverters,
      ObjectProvider<HttpMessageConverterCustomizer> customizers) {
    return new OptionalDecoder(
        new ResponseEntityDecoder(
            new AnswerWithBody(new SpringDecoder(messageConverters, customizers))));
  }
}
