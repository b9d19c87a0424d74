package io.baton.support.intake;

import io.baton.support.signature.BatonSignature;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents an intake endpoint called with Baton's webhook signature: no token, the signature
 * headers, and the answers of the signature check ({@link SignedIntakeFilter}) that come before the
 * endpoint's own.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SecurityRequirements
@Parameter(
    in = ParameterIn.HEADER,
    name = BatonSignature.SIGNATURE_HEADER,
    required = true,
    description = "v1= and the hex HMAC-SHA256 of timestamp + \".\" + body",
    schema = @Schema(type = "string"))
@Parameter(
    in = ParameterIn.HEADER,
    name = BatonSignature.TIMESTAMP_HEADER,
    required = true,
    description = "Seconds since the epoch; at most 5 minutes from Baton's clock",
    schema = @Schema(type = "string"))
@ApiResponse(responseCode = "400", description = "Invalid input, naming each wrong field")
@ApiResponse(
    responseCode = "401",
    description = "No valid signature, or its timestamp is more than 5 minutes from now")
@ApiResponse(responseCode = "404", description = "Webhook intake is not configured")
public @interface BatonSignedIntake {}
