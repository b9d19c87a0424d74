package io.baton.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * The engine the engine benchmarks start, as JVMs of their own: its executable jar (whatever is
 * built), the JVM profiles it is measured with, and the working directory of their data and logs.
 */
record EnginesUnderTest(Path jar, Path workDir, List<JvmProfile> profiles) {

  /** How a benchmark ({@code purpose}) starts the engine with one profile. */
  EngineJvm.Launcher launcher(JvmProfile profile, String purpose) {
    return new EngineJvm.Launcher(jar, profile, workDir, purpose);
  }

  /** Measures with each profile in turn. */
  <T> PerProfile<T> measure(String benchmark, PerProfile.Measurement<T> measurement)
      throws InterruptedException {
    return PerProfile.measure(benchmark, profiles, measurement);
  }
}
