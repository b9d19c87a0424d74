package io.baton.support.http;

import feign.FeignException;
import feign.Response;
import feign.codec.DecodeException;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.lang.reflect.Type;

/**
 * Decodes the body of another service's successful answer, and refuses a success without one. A 200
 * with no body is a broken answer (a proxy, a crashed process), not "nothing there": decoded as
 * usual it would become {@code null} or {@code Optional.empty()} and look like a missing lead or
 * customer, a business outcome. Refused, it is a technical failure that the caller retries like a
 * reset connection. An answer with no body by contract (void, {@code ResponseEntity<Void>}, 204, a
 * dismissed 404) is decoded as before.
 */
public final class AnswerWithBody implements Decoder {

  private final Decoder delegate;

  public AnswerWithBody(Decoder delegate) {
    this.delegate = delegate;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException, FeignException {
    if (type == Void.class
        || type == void.class
        || response.status() == 204
        || response.status() == 404) {
      return delegate.decode(response, type);
    }
    if (response.body() == null) {
      throw noBody(response);
    }
    PushbackInputStream body = new PushbackInputStream(response.body().asInputStream(), 1);
    int first = body.read();
    if (first < 0) {
      throw noBody(response);
    }
    body.unread(first);
    return delegate.decode(response.toBuilder().body(body, null).build(), type);
  }

  private static DecodeException noBody(Response response) {
    return new DecodeException(
        response.status(),
        response.request().httpMethod()
            + " "
            + response.request().url()
            + " answered "
            + response.status()
            + " without a body",
        response.request());
  }
}
