package io.baton.lead.application;

/**
 * Port: the open "make first contact" task of a lead's follow-up, in the engine's user tasks. It
 * follows the lead's owner when the lead changes hands.
 */
public interface FirstContactTask {

  /**
   * Puts the task of the follow-up back in its candidate group's queue: nobody is assigned any
   * more.
   */
  void returnToQueue(long followUpKey);

  /** Gives the task of the follow-up to {@code owner}. */
  void assignTo(long followUpKey, String owner);
}
