package io.baton.engine;

/**
 * Something that reads the engine's log as it grows (a read model, the engine-control record
 * stream). The log drops the blocks a snapshot covers, so every follower catches up first.
 */
interface LogFollower {

  /** Reads what was written to the log since the last call. */
  void catchUp();
}
