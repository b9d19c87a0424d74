package io.baton.engine;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The gRPC API's authentication, with the REST API's tokens: a call without a valid bearer token of
 * the issuer is {@code UNAUTHENTICATED}; a valid token without a supervising role (the services'
 * {@code system} role, {@code admin}) is {@code PERMISSION_DENIED}, since the gRPC API (workers,
 * deployments, every user task) is for Baton's services. An issuer that cannot be reached is {@code
 * UNAVAILABLE}, so clients retry.
 */
final class GrpcAuthentication implements ServerInterceptor {

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  private static final String BEARER = "Bearer ";

  private final JwtDecoder tokens;
  private final EngineSecurityProperties properties;

  GrpcAuthentication(final JwtDecoder tokens, final EngineSecurityProperties properties) {
    this.tokens = tokens;
    this.properties = properties;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      final ServerCall<Q, R> call, final Metadata headers, final ServerCallHandler<Q, R> next) {
    final Status refusal = refusal(headers.get(AUTHORIZATION));
    if (refusal != null) {
      call.close(refusal, new Metadata());
      return new ServerCall.Listener<>() {};
    }
    return next.startCall(call, headers);
  }

  private Status refusal(final String authorization) {
    if (authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Status.UNAUTHENTICATED.withDescription("A valid bearer token is required");
    }
    final Jwt token;
    try {
      token = tokens.decode(authorization.substring(BEARER.length()).trim());
    } catch (final JwtDecoderInitializationException e) {
      return Status.UNAVAILABLE.withDescription(
          "The identity provider cannot be reached to check the token");
    } catch (final JwtException e) {
      return Status.UNAUTHENTICATED.withDescription(
          "A valid bearer token is required: " + e.getMessage());
    }
    final TaskUser user = TaskUser.of(token, properties);
    if (!user.supervisor()) {
      return Status.PERMISSION_DENIED.withDescription(
          "The engine's gRPC API is for Baton's services; "
              + user.username()
              + " has no supervising role");
    }
    return null;
  }
}
