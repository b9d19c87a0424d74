package io.baton.lead.domain;

import java.security.SecureRandom;

/** Lead ids: {@code L-} and ten characters that are easy to read out over the phone. */
public final class LeadIds {

  private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
  private static final int LENGTH = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  private LeadIds() {}

  public static String next() {
    StringBuilder id = new StringBuilder("L-");
    for (int i = 0; i < LENGTH; i++) {
      id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return id.toString();
  }
}
