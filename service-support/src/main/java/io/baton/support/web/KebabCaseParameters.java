package io.baton.support.web;

import io.baton.support.vocabulary.KebabCase;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Query parameters of the vocabulary are read in kebab-case too ({@code ?status=new}). */
final class KebabCaseParameters implements WebMvcConfigurer {

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addConverterFactory(new KebabCaseConverters());
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static final class KebabCaseConverters implements ConverterFactory<String, Enum> {

    @Override
    public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
      if (!KebabCase.class.isAssignableFrom(type)) {
        return source -> (T) Enum.valueOf(type, source);
      }
      return source -> {
        for (T value : type.getEnumConstants()) {
          if (((KebabCase) value).code().equals(source)) {
            return value;
          }
        }
        throw new IllegalArgumentException("must be one of the " + type.getSimpleName() + " codes");
      };
    }
  }
}
