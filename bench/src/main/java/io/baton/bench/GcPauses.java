package io.baton.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The collector's pauses of this JVM while it is open: a benchmark whose load driver shares its JVM
 * with what it measures (the local suite's embedded MongoDB) says how long the driver stood still,
 * since every call in flight meanwhile looks that much slower. Counts the pauses the JVM reports (a
 * concurrent collector's cycles run beside the program and are left out).
 */
final class GcPauses implements NotificationListener, AutoCloseable {

  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private long count;
  private long totalMillis;
  private long longestMillis;

  private GcPauses() {}

  /** Starts counting. */
  static GcPauses count() {
    GcPauses pauses = new GcPauses();
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(pauses, null, null);
        pauses.emitters.add(emitter);
      }
    }
    return pauses;
  }

  @Override
  public void handleNotification(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    if (info.getGcName().endsWith("Cycles")) {
      return;
    }
    long millis = info.getGcInfo().getDuration();
    synchronized (this) {
      count++;
      totalMillis += millis;
      longestMillis = Math.max(longestMillis, millis);
    }
  }

  /** E.g. "41 pauses, the longest 12 ms, 180 ms in all". */
  synchronized String summary() {
    return String.format(
        Locale.ROOT,
        "%d pauses, the longest %d ms, %d ms in all",
        count,
        longestMillis,
        totalMillis);
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(this);
      } catch (ListenerNotFoundException e) {
        // not listening: nothing to remove
      }
    }
  }
}
