package io.baton.support.web;

import java.io.IOException;

/** More of a request body was read than {@link RequestSizeLimit} allows. */
public class RequestTooLargeException extends IOException {

  public RequestTooLargeException(long maxBytes) {
    super(detail(maxBytes));
  }

  static String detail(long maxBytes) {
    return "The request body may be at most " + maxBytes + " bytes";
  }
}
