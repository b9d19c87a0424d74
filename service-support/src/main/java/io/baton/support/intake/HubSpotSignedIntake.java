package io.baton.support.intake;

import io.baton.support.signature.HubSpotSignature;
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
 * Documents an intake endpoint a HubSpot app calls: no token, HubSpot's signature v3 headers, and
 * the answers of the signature check ({@link SignedIntakeFilter}) that come before the endpoint's
 * own.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SecurityRequirements
@Parameter(
    in = ParameterIn.HEADER,
    name = HubSpotSignature.SIGNATURE_HEADER,
    required = true,
    description = "Base64 HMAC-SHA256 of method + URL + body + timestamp",
    schema = @Schema(type = "string"))
@Parameter(
    in = ParameterIn.HEADER,
    name = HubSpotSignature.TIMESTAMP_HEADER,
    required = true,
    description = "Milliseconds since the epoch; at most 5 minutes from Baton's clock",
    schema = @Schema(type = "string"))
@ApiResponse(
    responseCode = "400",
    description = "Invalid input, naming each wrong field as HubSpot names it")
@ApiResponse(
    responseCode = "401",
    description = "No valid signature, or its timestamp is more than 5 minutes from now")
@ApiResponse(responseCode = "404", description = "HubSpot intake is not configured")
public @interface HubSpotSignedIntake {}
