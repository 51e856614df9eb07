package dev.keel.activities.pluto.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RunSlotsTest {
    @Test
    void neverHandsOutMoreSlotsThanItHas() throws Exception {
        RunSlots slots = new RunSlots(2);
        assertThat(slots.tryAcquire(1, 10)).isTrue();
        assertThat(slots.tryAcquire(1, 10)).isTrue();
        assertThat(slots.tryAcquire(1, 50)).isFalse();
        slots.release();
        assertThat(slots.tryAcquire(1, 10)).isTrue();
    }

    @Test
    void aFreedSlotGoesToTheOldestWaitingBatch() throws Exception {
        RunSlots slots = new RunSlots(1);
        assertThat(slots.tryAcquire(1, 10)).isTrue();
        List<Long> order = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(3);
        for (long priority : new long[] {301, 201, 101}) {
            Thread t = new Thread(() -> {
                try {
                    if (slots.tryAcquire(priority, 5_000)) {
                        order.add(priority);
                        slots.release();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
            t.start();
            Thread.sleep(100); // all three wait before the slot is freed
        }
        slots.release();
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).containsExactly(101L, 201L, 301L);
    }
}
